package org.edgewise.ui.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.edgewise.io.SpectrumFiles;
import org.edgewise.spectrum.SpectrumSet;

/**
 * Reads a spectrum file off the UI thread and hands the outcome, success or failure, to a receiver. The
 * receiver is called on the job's thread; it must move to the UI thread itself.
 */
public final class LoadSpectrumJob extends Job {

	/** What a load produced. */
	public sealed interface Outcome permits Loaded, Failed {
		/** @return the file that was read */
		Path file();
	}

	/** The file was read. */
	public record Loaded(Path file, SpectrumSet set) implements Outcome {
	}

	/** The file could not be read; {@code message} names the file and the problem, for the user. */
	public record Failed(Path file, String message) implements Outcome {
	}

	private final Path file;
	private final Consumer<Outcome> receiver;

	/**
	 * @param file     the file to read
	 * @param receiver called once with the outcome, unless the job is cancelled first
	 */
	public LoadSpectrumJob(Path file, Consumer<Outcome> receiver) {
		super("Reading " + file.getFileName());
		this.file = file;
		this.receiver = receiver;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		Outcome outcome;
		try {
			outcome = new Loaded(file, SpectrumFiles.read(file));
		} catch (IOException | RuntimeException e) {
			String message = describe(e);
			ILog.of(LoadSpectrumJob.class).error(message, e);
			outcome = new Failed(file, message);
		} finally {
			monitor.done();
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		receiver.accept(outcome);
		// A failure has been logged and goes to the receiver; an ERROR result would make the workbench
		// report it a second time, in a modal dialog.
		return Status.OK_STATUS;
	}

	private String describe(Exception e) {
		String problem = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
		if (problem == null || problem.isBlank()) {
			problem = e.getClass().getSimpleName();
		}
		String name = file.getFileName().toString();
		return problem.contains(name) ? "Could not read: " + problem : "Could not read " + file + ": " + problem;
	}
}
