package org.edgewise.analysis.internal;

import org.edgewise.analysis.DescriptorProvider;
import org.edgewise.structure.descriptor.Soap;
import org.edgewise.structure.descriptor.SoapSettings;
import org.osgi.service.component.annotations.Component;

/** SOAP power spectrum on the polynomial radial basis (DScribe's "polynomial"). */
@Component(service = DescriptorProvider.class)
public final class SoapPolynomialProvider extends LocalDescriptorProvider {

	public SoapPolynomialProvider() {
		super(new Soap(SoapGtoProvider.withBasis(SoapSettings.Rbf.POLYNOMIAL)),
				"smooth overlap of atomic positions: power spectrum, polynomial radial basis");
	}
}
