package dev.evdash.model.edit;

import dev.evdash.data.BrandGroup;
import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Adds a brand group (Swedish brands, luxury brands …) or changes one, as a source groups brands. */
public final class BrandGroupForm extends Form {

    private final BrandGroup original;

    public BrandGroupForm(Dataset dataset, BrandGroup original) {
        super(dataset, original == null ? "New brand group" : "Change brand group " + original.id());
        this.original = original;
        text("id", "Id", original == null ? "" : original.id(), "e.g. swedish-brands");
        text("name", "Name", original == null ? "" : original.name(), "e.g. Swedish brands");
        area("description", "Description", original == null ? "" : original.description());
        List<Choice> kinds = new ArrayList<>();
        kinds.add(new Choice("origin", "By the brands' origin (adds up to the market with the others)"));
        kinds.add(new Choice("ownership", "By ownership (joint ventures, luxury)"));
        kinds.add(new Choice("maker", "One maker's brands"));
        choice("kind", "Kind", kinds, original == null || original.kind() == null ? "" : enumText(original.kind()));
        List<Choice> parts = new ArrayList<>();
        parts.add(new Choice("", "none"));
        dataset.brandGroups().stream().filter(g -> original == null || !g.id().equals(original.id()))
                .forEach(g -> parts.add(new Choice(g.id(), g.name())));
        choice("partOf", "Part of", parts, original == null || original.partOf() == null ? "" : original.partOf());
        ready();
    }

    @Override
    protected void check(Map<String, String> errors) {
        checkId(errors, "id", text("id"), original == null ? null : original.id(),
                dataset.brandGroups().stream().map(BrandGroup::id).toList(), "brand group");
        required(errors, "name", text("name"), "a name");
        required(errors, "description", text("description"), "a description: which brands the source counts");
        if (text("kind").isEmpty()) {
            errors.put("kind", "origin, ownership or maker");
        }
        if (text("description").length() > MAX_TEXT) {
            errors.put("description", "at most " + MAX_TEXT + " characters");
        }
    }

    public BrandGroup value() {
        return new BrandGroup(text("id"), text("name"), text("description"),
                enumValue(BrandGroup.Kind.class, text("kind")), optional("partOf"));
    }

    @Override
    public String editLabel() {
        return (original == null ? "add brand group " : "change brand group ") + text("id");
    }

    @Override
    public UnaryOperator<Dataset> edit() {
        BrandGroup g = value();
        String oldId = original == null ? null : original.id();
        return d -> Edits.putBrandGroup(d, oldId, g);
    }
}
