package dev.evdash.model.edit;

import dev.evdash.data.Company;
import dev.evdash.data.CompanyKind;
import dev.evdash.data.Dataset;
import dev.evdash.data.Edits;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Adds a company or changes one. */
public final class CompanyForm extends Form {

    private final Company original;

    public CompanyForm(Dataset dataset, Company original) {
        super(dataset, original == null ? "New company" : "Change company " + original.id());
        this.original = original;
        text("id", "Id", original == null ? "" : original.id(), "e.g. xpeng");
        text("name", "Name", original == null ? "" : original.name(), "");
        text("localName", "Local name", original == null || original.localName() == null ? "" : original.localName(),
                "e.g. 比亚迪");
        choice("kind", "Kind", enumChoices(CompanyKind.class, k -> k.name().charAt(0)
                + k.name().substring(1).toLowerCase(java.util.Locale.ROOT)), original == null ? "" : enumText(original.kind()));
        text("country", "Country", original == null ? "" : original.country(), "e.g. China");
        ready();
    }

    @Override
    protected void check(Map<String, String> errors) {
        checkId(errors, "id", text("id"), original == null ? null : original.id(),
                dataset.companies().stream().map(Company::id).toList(), "company");
        required(errors, "name", text("name"), "a name");
        if (text("kind").isEmpty()) {
            errors.put("kind", "automaker, tech or supplier");
        }
        required(errors, "country", text("country"), "a country");
    }

    public Company value() {
        return new Company(text("id"), text("name"), optional("localName"), enumValue(CompanyKind.class, text("kind")),
                text("country"));
    }

    @Override
    public String editLabel() {
        return (original == null ? "add company " : "change company ") + text("id");
    }

    @Override
    public UnaryOperator<Dataset> edit() {
        Company c = value();
        String oldId = original == null ? null : original.id();
        return d -> Edits.putCompany(d, oldId, c);
    }
}
