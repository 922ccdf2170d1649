package org.edgewise.analysis.internal;

import org.edgewise.analysis.DescriptorProvider;
import org.edgewise.structure.descriptor.Snap;
import org.edgewise.structure.descriptor.SnapSettings;
import org.osgi.service.component.annotations.Component;

/** qSNAP: the SNAP bispectrum with all pairwise products appended, the best descriptor of Hirai et al. */
@Component(service = DescriptorProvider.class)
public final class QuadraticSnapProvider extends LocalDescriptorProvider {

	public QuadraticSnapProvider() {
		super(new Snap(SnapSettings.defaults().withQuadratic(true)),
				"qSNAP: SNAP bispectrum components and their pairwise products");
	}
}
