package org.edgewise.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.edgewise.ui.SpectrumView;

/**
 * The "Open Spectrum File..." command: asks for a file and opens it in the {@link SpectrumView}.
 */
public final class OpenSpectrumHandler extends AbstractHandler {

	private static final String[] FILTER_EXTENSIONS = { "*.nxs;*.h5;*.hdf5;*.nx", "*.xmu;*.dat;*.txt", "*.*" };
	private static final String[] FILTER_NAMES = { "NeXus / HDF5 (*.nxs, *.h5, *.hdf5, *.nx)",
			"Column files (*.xmu, *.dat, *.txt)", "All files (*.*)" };

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Open Spectrum File");
		dialog.setFilterExtensions(FILTER_EXTENSIONS);
		dialog.setFilterNames(FILTER_NAMES);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		try {
			SpectrumView view = (SpectrumView) window.getActivePage().showView(SpectrumView.ID);
			view.open(Path.of(chosen));
		} catch (PartInitException e) {
			ErrorDialog.openError(window.getShell(), "Open Spectrum File", "The Spectrum view could not be shown.",
					e.getStatus());
		}
		return null;
	}
}
