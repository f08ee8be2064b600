/** EVDash: a desktop dashboard for analysts of China's EV market and automaker–tech alliances. */
module dev.evdash {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires atlantafx.base;
    requires tools.jackson.databind;
    requires com.networknt.schema;
    requires info.picocli;
    requires java.prefs;

    exports dev.evdash.data;

    opens dev.evdash.data to tools.jackson.databind;
}
