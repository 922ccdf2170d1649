package org.edgewise.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;

/**
 * The "Edgewise" perspective: the {@link SpectrumView} fills the window; the progress and error log views,
 * when opened, go to a folder below it. There are no editors, so the editor area is hidden.
 */
public final class EdgewisePerspective implements IPerspectiveFactory {

	/** The perspective id, as declared in plugin.xml. */
	public static final String ID = "org.edgewise.ui.perspective";

	private static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(SpectrumView.ID, IPageLayout.TOP, 0.75f, editorArea);
		// Placeholders, not views: the folder takes no room until one is opened, and the error log's
		// bundle may be absent.
		IPlaceholderFolderLayout bottom = layout.createPlaceholderFolder("org.edgewise.ui.bottomFolder",
				IPageLayout.BOTTOM, 0.75f, SpectrumView.ID);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addPlaceholder(ERROR_LOG_VIEW);
		layout.addShowViewShortcut(SpectrumView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
	}
}
