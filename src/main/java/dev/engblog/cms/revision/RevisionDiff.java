package dev.engblog.cms.revision;

import java.util.List;

/**
 * What changed from one revision to another.
 *
 * @param changedFields the content fields whose values differ, in the order of {@link RevisionContent}
 * @param unified       a unified diff of the Markdown bodies (3 lines of context; empty when they are equal)
 */
public record RevisionDiff(int from, int to, List<String> changedFields, String unified) {
}
