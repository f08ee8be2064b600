package dev.evdash.app;

import dev.evdash.model.ViewId;
import dev.evdash.view.ViewCatalog;
import dev.evdash.view.ViewModels;
import dev.evdash.view.ViewServices;
import dev.evdash.view.ViewSpec;
import dev.evdash.view.shell.ViewLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads a view's FXML with the controller its declaration makes (constructor injection, no statics): the
 * view's model from {@link ViewModels}, the application's services from {@link ViewServices}.
 */
final class Views implements ViewLoader {

    private final ViewModels models;
    private final ViewServices services;

    Views(ViewModels models, ViewServices services) {
        this.models = models;
        this.services = services;
    }

    @Override
    public Parent load(ViewId view) {
        ViewSpec<?> spec = ViewCatalog.spec(view);
        StartupTrace.mark("loading view " + view);
        Parent p = load(spec.fxml(), type -> {
            if (type != spec.controllerType()) {
                throw new IllegalStateException(spec.fxml() + " names controller " + type.getName() + ", but the "
                        + spec.title() + " view declares " + spec.controllerType().getName());
            }
            StartupTrace.mark("making the model and controller of " + view);
            Object c = spec.controller(models, services);
            StartupTrace.mark("model and controller made");
            return c;
        });
        StartupTrace.mark("view " + view + " loaded");
        return p;
    }

    Parent load(String resource, Callback<Class<?>, Object> controllers) {
        URL url = Views.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("view missing from the application: " + resource);
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource, e);
        }
    }
}
