package dev.evdash.app;

import dev.evdash.model.ViewId;
import dev.evdash.view.shell.ViewLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads FXML views with controllers made by the composition root (constructor injection, no statics). */
final class Views implements ViewLoader {

    private static final Map<ViewId, String> FXML = Map.of(
            ViewId.OVERVIEW, "/dev/evdash/view/overview/Overview.fxml",
            ViewId.CLAIMS, "/dev/evdash/view/claims/Claims.fxml",
            ViewId.CHINA_SHARE, "/dev/evdash/view/market/ChinaShare.fxml",
            ViewId.DELIVERIES, "/dev/evdash/view/deliveries/Deliveries.fxml",
            ViewId.ALLIANCES, "/dev/evdash/view/alliances/Alliances.fxml",
            ViewId.SOURCES, "/dev/evdash/view/sources/Sources.fxml",
            ViewId.WATCHLIST, "/dev/evdash/view/watchlist/Watchlist.fxml",
            ViewId.DATA, "/dev/evdash/view/data/Data.fxml");

    private final Map<Class<?>, Supplier<?>> controllers;

    Views(Map<Class<?>, Supplier<?>> controllers) {
        this.controllers = controllers;
    }

    @Override
    public Parent load(ViewId view) {
        return load(FXML.get(view));
    }

    Parent load(String resource) {
        URL url = Views.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("view missing from the application: " + resource);
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(type -> {
            Supplier<?> make = controllers.get(type);
            if (make == null) {
                throw new IllegalStateException("no controller registered for " + type.getName());
            }
            return make.get();
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource, e);
        }
    }
}
