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
    requires org.jgrapht.core;
    requires org.apache.xmlgraphics.batik.svggen;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires de.rototor.pdfbox.graphics2d;
    // named modules that the automatic ones above (PDFBox, Batik's XML Graphics Commons) use: an automatic
    // module reads every module but resolves none, so without these the app image and javafx:run lack them
    requires org.apache.commons.logging;
    requires org.apache.commons.io;
    requires java.prefs;
    requires java.desktop;
    requires java.xml;
    requires java.management;

    exports dev.evdash.app;
    exports dev.evdash.data;
    exports dev.evdash.data.merge;
    exports dev.evdash.data.iea;
    exports dev.evdash.export;
    exports dev.evdash.draw;
    exports dev.evdash.fx;
    exports dev.evdash.graph;
    exports dev.evdash.model;
    exports dev.evdash.model.chart;
    exports dev.evdash.model.chinamarket;
    exports dev.evdash.model.claims;
    exports dev.evdash.model.profile;
    exports dev.evdash.model.watchlist;
    exports dev.evdash.model.edit;
    exports dev.evdash.view;
    exports dev.evdash.view.chart;
    exports dev.evdash.view.controls;

    opens dev.evdash.app to info.picocli;
    opens dev.evdash.data to tools.jackson.databind;
    opens dev.evdash.view.shell to javafx.fxml;
    opens dev.evdash.view.market to javafx.fxml;
    opens dev.evdash.view.sources to javafx.fxml;
    opens dev.evdash.view.deliveries to javafx.fxml;
    opens dev.evdash.view.overview to javafx.fxml;
    opens dev.evdash.view.claims to javafx.fxml;
    opens dev.evdash.view.alliances to javafx.fxml;
    opens dev.evdash.view.watchlist to javafx.fxml;
    opens dev.evdash.view.data to javafx.fxml;
    opens dev.evdash.view.chinamarket to javafx.fxml;
    opens dev.evdash.view.automaker to javafx.fxml;
    opens dev.evdash.css;
    opens dev.evdash.fonts;
    opens dev.evdash.icons;
}
