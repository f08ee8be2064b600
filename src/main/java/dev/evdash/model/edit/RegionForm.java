package dev.evdash.model.edit;

import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import dev.evdash.data.Region;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Adds a region or market (Norway, ASEAN …) or changes one: regions are data, not a list in the program. */
public final class RegionForm extends Form {

    private final Region original;

    public RegionForm(Dataset dataset, Region original) {
        super(dataset, original == null ? "New region or market" : "Change region " + original.id());
        this.original = original;
        text("id", "Id", original == null ? "" : original.id(), "e.g. norway");
        text("name", "Name", original == null ? "" : original.name(), "e.g. Norway");
        text("iea", "Name in the IEA data", original == null || original.iea() == null ? "" : original.iea(),
                "e.g. Norway; for the IEA import");
        area("note", "Note", original == null || original.note() == null ? "" : original.note());
        ready();
    }

    @Override
    protected void check(Map<String, String> errors) {
        checkId(errors, "id", text("id"), original == null ? null : original.id(),
                dataset.regions().stream().map(Region::id).toList(), "region");
        required(errors, "name", text("name"), "a name");
        if (text("note").length() > MAX_TEXT) {
            errors.put("note", "at most " + MAX_TEXT + " characters");
        }
    }

    public Region value() {
        return new Region(text("id"), text("name"), optional("iea"), optional("note"));
    }

    @Override
    public String editLabel() {
        return (original == null ? "add region " : "change region ") + text("id");
    }

    @Override
    public UnaryOperator<Dataset> edit() {
        Region r = value();
        String oldId = original == null ? null : original.id();
        return d -> Edits.putRegion(d, oldId, r);
    }
}
