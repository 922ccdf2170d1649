package org.edgewise.analysis.internal;

import org.edgewise.analysis.DescriptorProvider;
import org.edgewise.structure.descriptor.Acsf;
import org.edgewise.structure.descriptor.AcsfSettings;
import org.osgi.service.component.annotations.Component;

/** Atom-centred symmetry functions (Behler), with DScribe's layout and default settings. */
@Component(service = DescriptorProvider.class)
public final class AcsfProvider extends LocalDescriptorProvider {

	public AcsfProvider() {
		super(new Acsf(AcsfSettings.defaults()),
				"atom-centred symmetry functions: radial G2 per element, angular G4 per element pair, cosine cut-off");
	}
}
