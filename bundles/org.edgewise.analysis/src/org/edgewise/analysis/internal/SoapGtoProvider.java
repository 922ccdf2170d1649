package org.edgewise.analysis.internal;

import org.edgewise.analysis.DescriptorProvider;
import org.edgewise.structure.descriptor.Soap;
import org.edgewise.structure.descriptor.SoapSettings;
import org.osgi.service.component.annotations.Component;

/** SOAP power spectrum on orthonormalised Gaussian-type radial functions (DScribe's "gto"). */
@Component(service = DescriptorProvider.class)
public final class SoapGtoProvider extends LocalDescriptorProvider {

	public SoapGtoProvider() {
		super(new Soap(withBasis(SoapSettings.Rbf.GTO)),
				"smooth overlap of atomic positions: power spectrum, Gaussian-type radial basis");
	}

	static SoapSettings withBasis(SoapSettings.Rbf rbf) {
		SoapSettings settings = SoapSettings.defaults();
		settings.setRbf(rbf);
		return settings;
	}
}
