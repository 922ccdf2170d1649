package org.edgewise.app.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Reports progress of long runs on the console in steps of 10 %. */
final class ConsoleProgressMonitor extends NullProgressMonitor {

	private final PrintStream out;
	private String task = "";
	private int total;
	private int done;
	private int reportedTenths;

	ConsoleProgressMonitor(PrintStream out) {
		this.out = out;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name;
		total = totalWork;
		done = 0;
		reportedTenths = 0;
	}

	@Override
	public void worked(int work) {
		done += work;
		int tenths = total <= 0 ? 0 : (int) (10L * done / total);
		if (tenths > reportedTenths && total >= 1000) {
			reportedTenths = tenths;
			out.printf("  %s: %d %%%n", task, tenths * 10);
		}
	}
}
