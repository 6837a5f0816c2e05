package dev.engblog.cms.common.taxonomy;

/** What every taxonomy write names: a display name and, optionally, the slug (made from the name otherwise). */
public interface TaxonomyRequest {

    String name();

    String slug();
}
