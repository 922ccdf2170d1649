package org.edgewise.analysis.internal;

import org.edgewise.analysis.DescriptorProvider;
import org.edgewise.structure.descriptor.Snap;
import org.edgewise.structure.descriptor.SnapSettings;
import org.osgi.service.component.annotations.Component;

/** SNAP bispectrum components as LAMMPS compute sna/atom gives them (four-body). */
@Component(service = DescriptorProvider.class)
public final class SnapProvider extends LocalDescriptorProvider {

	public SnapProvider() {
		super(new Snap(SnapSettings.defaults()), "SNAP bispectrum components B(j1, j2, j) of the neighbour density");
	}
}
