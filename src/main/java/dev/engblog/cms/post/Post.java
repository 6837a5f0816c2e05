package dev.engblog.cms.post;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A post row. Relations are kept as ids: reads go through SQL projections, never lazy loading. */
@Entity
@Table(name = "post")
public class Post {

    @Id
    public UUID id;
    public String slug;
    public String title;
    public String excerpt;
    @Column(name = "body_markdown")
    public String bodyMarkdown;
    @Column(name = "body_html")
    public String bodyHtml;
    @Column(name = "cover_image_url")
    public String coverImageUrl;
    @Column(name = "cover_image_alt")
    public String coverImageAlt;
    public String icon;
    @Column(name = "cover_media_id")
    public UUID coverMediaId;
    @Column(name = "category_id")
    public UUID categoryId;
    @Enumerated(EnumType.STRING)
    public PostStatus status;
    public boolean featured;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "reading_time_minutes")
    public int readingTimeMinutes;
    @Column(name = "word_count")
    public int wordCount;
    @Column(name = "seo_meta_title")
    public String seoMetaTitle;
    @Column(name = "seo_meta_description")
    public String seoMetaDescription;
    @Column(name = "seo_canonical_url")
    public String seoCanonicalUrl;
    @Column(name = "seo_og_image_url")
    public String seoOgImageUrl;
    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "tag_id")
    public Set<UUID> tagIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "post_author", joinColumns = @JoinColumn(name = "post_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "author_id")
    public List<UUID> authorIds = new ArrayList<>();
}
