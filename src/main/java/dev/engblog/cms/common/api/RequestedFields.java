package dev.engblog.cms.common.api;

import jakarta.enterprise.context.RequestScoped;

/**
 * The properties the current request narrowed its answer to ({@code fields=}), noted by the service
 * that read them, for {@link dev.engblog.cms.common.http.SparseAnswers} to cut the answer down to.
 */
@RequestScoped
public class RequestedFields {

    private Fields.Selection narrowed;

    /** Notes the selection when it narrows the answer; a selection of the defaults changes nothing. */
    public Fields.Selection note(Fields.Selection selection) {
        if (selection.narrowed()) {
            narrowed = selection;
        }
        return selection;
    }

    /** The narrowing selection, or null when the answer keeps its documented shape. */
    public Fields.Selection narrowed() {
        return narrowed;
    }
}
