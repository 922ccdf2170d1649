package org.edgewise.analysis.internal;

import org.edgewise.analysis.DescriptorProvider;
import org.edgewise.structure.descriptor.Lmbtr;
import org.edgewise.structure.descriptor.LmbtrSettings;
import org.osgi.service.component.annotations.Component;

/** Local many-body tensor representation: broadened distance (k=2) and angle (k=3) distributions. */
@Component(service = DescriptorProvider.class)
public final class LmbtrProvider extends LocalDescriptorProvider {

	public LmbtrProvider() {
		super(new Lmbtr(LmbtrSettings.defaults()),
				"local many-body tensor representation: Gaussian-broadened distances (k=2) and angles (k=3)");
	}
}
