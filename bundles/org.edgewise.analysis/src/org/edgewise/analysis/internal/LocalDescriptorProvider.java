package org.edgewise.analysis.internal;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.edgewise.analysis.DescriptorProvider;
import org.edgewise.structure.Structure;
import org.edgewise.structure.descriptor.LocalDescriptor;

/**
 * Offers a descriptor of {@code org.edgewise.structure.descriptor} as a {@link DescriptorProvider}
 * service. Subclasses are the Declarative Services components, one per shipped descriptor, each choosing
 * the descriptor and its default settings.
 */
abstract class LocalDescriptorProvider implements DescriptorProvider {

	private final LocalDescriptor descriptor;
	private final String description;

	LocalDescriptorProvider(LocalDescriptor descriptor, String description) {
		this.descriptor = descriptor;
		this.description = description;
	}

	@Override
	public String id() {
		return descriptor.id();
	}

	@Override
	public String description() {
		return description;
	}

	@Override
	public Object settings() {
		return descriptor.settings();
	}

	@Override
	public int length(Set<String> species) {
		return descriptor.length(new TreeSet<>(species));
	}

	@Override
	public double[][] compute(Structure structure, int[] sites, SortedSet<String> species) {
		return descriptor.compute(structure, sites, species);
	}
}
