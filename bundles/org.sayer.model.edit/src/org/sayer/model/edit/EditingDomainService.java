package org.sayer.model.edit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * The one editing domain over a corpus' resources. Every change goes through its command stack,
 * so every edit can be undone and redone, and the dirty state is the stack's save point.
 */
public class EditingDomainService {

    /** Told whenever the dirty state may have changed. */
    @FunctionalInterface
    public interface DirtyListener {
        void dirtyChanged(boolean dirty);
    }

    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final List<DirtyListener> listeners = new CopyOnWriteArrayList<>();
    private final AnnotationCommands commands;

    public EditingDomainService(ResourceSet resources) {
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReadableItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, resources);
        stack.addCommandStackListener(event -> fireDirty());
        commands = new AnnotationCommands(domain);
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** The annotation editor's edits, built for this domain; run them with {@link #execute(Command)}. */
    public AnnotationCommands commands() {
        return commands;
    }

    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    /** Runs {@code command} on the stack; returns false when the command cannot run. */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        commandStack().execute(command);
        return true;
    }

    public boolean undo() {
        if (!commandStack().canUndo()) {
            return false;
        }
        commandStack().undo();
        return true;
    }

    public boolean redo() {
        if (!commandStack().canRedo()) {
            return false;
        }
        commandStack().redo();
        return true;
    }

    public boolean isDirty() {
        return ((BasicCommandStack) commandStack()).isSaveNeeded();
    }

    /** Call after a successful save: the current state becomes the clean one. */
    public void markSaved() {
        ((BasicCommandStack) commandStack()).saveIsDone();
        fireDirty();
    }

    public void addDirtyListener(DirtyListener listener) {
        listeners.add(listener);
    }

    public void removeDirtyListener(DirtyListener listener) {
        listeners.remove(listener);
    }

    public void dispose() {
        adapterFactory.dispose();
    }

    private void fireDirty() {
        boolean dirty = isDirty();
        for (DirtyListener listener : listeners) {
            listener.dirtyChanged(dirty);
        }
    }
}
