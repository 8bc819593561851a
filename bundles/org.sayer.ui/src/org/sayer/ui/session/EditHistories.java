package org.sayer.ui.session;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.sayer.model.Document;

/**
 * The undo histories of a corpus session: one per document, and one for the speaker registry. Ctrl+Z
 * in a document undoes that document's last edit and nothing elsewhere; a document's tab shows
 * {@code *} only for its own unsaved edits. Each history's save point is its dirty state.
 */
final class EditHistories {

    private final Map<Document, BasicCommandStack> documents = new IdentityHashMap<>();
    private final BasicCommandStack registry = new BasicCommandStack();
    private final CommandStackListener listener;

    EditHistories(CommandStackListener listener) {
        this.listener = listener;
        registry.addCommandStackListener(listener);
    }

    /** The history of {@code document}, begun on its first edit. */
    BasicCommandStack of(Document document) {
        return documents.computeIfAbsent(document, d -> {
            BasicCommandStack stack = new BasicCommandStack();
            stack.addCommandStackListener(listener);
            return stack;
        });
    }

    BasicCommandStack registry() {
        return registry;
    }

    boolean isDirty(Document document) {
        BasicCommandStack stack = documents.get(document);
        return stack != null && stack.isSaveNeeded();
    }

    boolean isRegistryDirty() {
        return registry.isSaveNeeded();
    }

    boolean isAnyDirty() {
        return registry.isSaveNeeded() || documents.values().stream().anyMatch(BasicCommandStack::isSaveNeeded);
    }

    /** After a save of everything: every history's present state is the saved one. */
    void markSaved() {
        registry.saveIsDone();
        documents.values().forEach(BasicCommandStack::saveIsDone);
    }

    /** Forgets a document's history (its unsaved edits were dropped with it). */
    void forget(Document document) {
        BasicCommandStack stack = documents.remove(document);
        if (stack != null) {
            stack.removeCommandStackListener(listener);
        }
    }

    void dispose() {
        registry.removeCommandStackListener(listener);
        documents.values().forEach(stack -> stack.removeCommandStackListener(listener));
        documents.clear();
    }
}
