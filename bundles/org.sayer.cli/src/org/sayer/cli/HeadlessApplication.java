package org.sayer.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox entry point of the headless commands; all the work is in {@link SayerCli}. */
public class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return SayerCli.run(args == null ? new String[0] : args, System.out, System.err);
    }

    @Override
    public void stop() {
        // Commands run to completion or are stopped with the process.
    }
}
