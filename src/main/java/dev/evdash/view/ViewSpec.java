package dev.evdash.view;

import dev.evdash.model.ViewId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.input.KeyCode;

/**
 * One view of the main window, declared once: its id, title, sidebar icon, shortcut, FXML, how its model
 * and controller are made and how it goes into a report. The sidebar, the View menu and its shortcuts,
 * {@code --views}, the report pack and the composition root all read these declarations
 * ({@link ViewCatalog}); nothing else lists the views.
 *
 * @param <M> the view's model
 */
public final class ViewSpec<M> {

    /** Makes a view's controller from its model, the other views' models and what the application offers. */
    @FunctionalInterface
    public interface ControllerFactory<M> {
        Object create(M model, ViewModels models, ViewServices services);
    }

    /** What the view contributes to a report, from its model (and other models where it cites them). */
    @FunctionalInterface
    public interface ReportFactory<M> {
        ViewReport create(M model, ViewModels models);
    }

    private final ViewId id;
    private final String title;
    private final String menuText;
    private final String icon;
    private final KeyCode shortcut;
    private final Function<ViewModels, M> model;
    private final Class<?> controllerType;
    private final ControllerFactory<M> controller;
    private final ReportFactory<M> report;
    private final List<String> aliases;
    private final String fxml;

    private ViewSpec(Builder<M> b) {
        id = Objects.requireNonNull(b.id);
        title = Objects.requireNonNull(b.title);
        menuText = b.menuText == null ? "_" + b.title : b.menuText;
        icon = Objects.requireNonNull(b.icon, "icon");
        shortcut = b.shortcut;
        model = Objects.requireNonNull(b.model, "model");
        controllerType = Objects.requireNonNull(b.controllerType, "controller");
        controller = b.controller;
        report = b.report;
        aliases = List.copyOf(b.aliases);
        fxml = b.fxml != null ? b.fxml : conventionalFxml(controllerType);
    }

    /** Starts the declaration of view {@code id}, whose model is a {@code modelType}. */
    public static <M> Builder<M> of(ViewId id, Class<M> modelType) {
        return new Builder<>(id, id.title());
    }

    /** "/dev/evdash/view/deliveries/Deliveries.fxml" for {@code dev.evdash.view.deliveries.DeliveriesController}. */
    static String conventionalFxml(Class<?> controllerType) {
        String name = controllerType.getSimpleName();
        if (!name.endsWith("Controller")) {
            throw new IllegalArgumentException(controllerType + ": a controller's name ends in Controller");
        }
        return "/" + controllerType.getPackageName().replace('.', '/') + "/"
                + name.substring(0, name.length() - "Controller".length()) + ".fxml";
    }

    public ViewId id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The View menu's text, with its mnemonic: "C_laims". */
    public String menuText() {
        return menuText;
    }

    /** The ikonli literal of the sidebar icon. */
    public String icon() {
        return icon;
    }

    /** The digit that opens the view with the shortcut key (Ctrl on Linux and Windows, Cmd on macOS). */
    public Optional<KeyCode> shortcut() {
        return Optional.ofNullable(shortcut);
    }

    /** The FXML resource: next to the controller, named after it, unless declared otherwise. */
    public String fxml() {
        return fxml;
    }

    public Class<?> controllerType() {
        return controllerType;
    }

    /** The view's name on the command line and in file names: "china-share". */
    public String slug() {
        return slug(id);
    }

    /** Further names {@code --views} accepts for the view ("share"). */
    public List<String> aliases() {
        return aliases;
    }

    /** Whether the view goes into images, CSV and report packs (the editor does not). */
    public boolean exportable() {
        return report != null;
    }

    M createModel(ViewModels models) {
        return model.apply(models);
    }

    /** Makes the view's controller, with its model (made now if it was not yet). */
    public Object controller(ViewModels models, ViewServices services) {
        if (controller == null) {
            throw new IllegalStateException(title + " has no controller factory");
        }
        return controller.create(models.of(this), models, services);
    }

    /** What the view contributes to a report, with the models' current filters. */
    public ViewReport report(ViewModels models) {
        if (report == null) {
            throw new IllegalArgumentException("the " + title + " view is not exported");
        }
        return report.create(models.of(this), models);
    }

    public static String slug(ViewId id) {
        return id.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return "view " + slug();
    }

    /** Collects a declaration; {@link #build()} checks that it is whole. */
    public static final class Builder<M> {
        private final ViewId id;
        private final String title;
        private String menuText;
        private String icon;
        private KeyCode shortcut;
        private Function<ViewModels, M> model;
        private Class<?> controllerType;
        private ControllerFactory<M> controller;
        private ReportFactory<M> report;
        private List<String> aliases = List.of();
        private String fxml;

        private Builder(ViewId id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder<M> menuText(String text) {
            menuText = text;
            return this;
        }

        public Builder<M> icon(String literal) {
            icon = literal;
            return this;
        }

        public Builder<M> shortcut(KeyCode digit) {
            shortcut = digit;
            return this;
        }

        public Builder<M> fxml(String resource) {
            fxml = resource;
            return this;
        }

        public Builder<M> model(Function<ViewModels, M> factory) {
            model = factory;
            return this;
        }

        public Builder<M> controller(Class<?> type, ControllerFactory<M> factory) {
            controllerType = type;
            controller = factory;
            return this;
        }

        public Builder<M> report(ReportFactory<M> factory) {
            report = factory;
            return this;
        }

        public Builder<M> aliases(String... names) {
            aliases = List.of(names);
            return this;
        }

        public ViewSpec<M> build() {
            return new ViewSpec<>(this);
        }
    }
}
