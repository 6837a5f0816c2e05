package dev.engblog.cms.common.http;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read whose anonymous answer depends only on the request URL and the public content (posts,
 * their links, categories, tags, authors), so {@link PublicReadCache} may keep it until the content
 * version moves.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicRead {
}
