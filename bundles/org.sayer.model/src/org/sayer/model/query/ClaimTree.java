package org.sayer.model.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.Document;

/**
 * The claims of a document as a tree of nested attribution ("Price said [Blinken stressed [...]]"):
 * a claim's children are the claims whose parent it is.
 */
public final class ClaimTree {

    /** One claim and the claims nested in it, both in document order. */
    public record Node(Claim claim, List<Node> children) {
    }

    private ClaimTree() {
    }

    /**
     * The top-level claims of {@code document} with their nested claims. A claim whose parent lies
     * outside the document counts as top level; claims caught in a cycle of parents (which
     * validation reports) are shown once, from the first of them in document order, so no claim is lost.
     */
    public static List<Node> of(Document document) {
        List<Claim> claims = new ArrayList<>();
        for (Annotation annotation : AnnotationIndex.of(document).all()) {
            if (annotation instanceof Claim claim) {
                claims.add(claim);
            }
        }
        Map<Claim, List<Claim>> children = new IdentityHashMap<>();
        List<Claim> roots = new ArrayList<>();
        for (Claim claim : claims) {
            Claim parent = claim.getParent();
            if (parent == null || parent.getDocument() != document) {
                roots.add(claim);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(claim);
            }
        }
        Set<Claim> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> tree = new ArrayList<>();
        for (Claim root : roots) {
            tree.add(build(root, children, placed));
        }
        for (Claim claim : claims) {
            if (!placed.contains(claim)) {
                tree.add(build(claim, children, placed));
            }
        }
        return tree;
    }

    private static Node build(Claim claim, Map<Claim, List<Claim>> children, Set<Claim> placed) {
        placed.add(claim);
        List<Node> nested = new ArrayList<>();
        for (Claim child : children.getOrDefault(claim, List.of())) {
            if (!placed.contains(child)) {
                nested.add(build(child, children, placed));
            }
        }
        return new Node(claim, Collections.unmodifiableList(nested));
    }
}
