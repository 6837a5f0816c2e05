package dev.engblog.cms.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One upload: its files are found by {@link #sha256}; the rest is what the uploader said about it. */
@Entity
@Table(name = "media")
public class Media {

    @Id
    public UUID id;
    public String sha256;
    @Column(name = "mime_type")
    public String mimeType;
    public int width;
    public int height;
    public long bytes;
    public String placeholder;
    public String alt;
    public String caption;
    public String filename;
    @Column(name = "created_by")
    public UUID createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
