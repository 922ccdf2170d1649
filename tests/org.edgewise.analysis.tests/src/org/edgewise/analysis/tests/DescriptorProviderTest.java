package org.edgewise.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.edgewise.analysis.DescriptorProvider;
import org.edgewise.io.PoscarReader;
import org.edgewise.structure.Structure;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Descriptor providers as consumers find them: every {@link DescriptorProvider} service in the registry,
 * Edgewise's own and those other bundles register.
 */
class DescriptorProviderTest {

	private static List<DescriptorProvider> providers() throws Exception {
		Services.get(DescriptorProvider.class); // waits until Declarative Services has registered ours
		Collection<ServiceReference<DescriptorProvider>> references = Services.context()
				.getServiceReferences(DescriptorProvider.class, null);
		List<DescriptorProvider> found = new ArrayList<>();
		for (ServiceReference<DescriptorProvider> reference : references) {
			found.add(Services.context().getService(reference));
		}
		return found;
	}

	private static DescriptorProvider provider(String id) throws Exception {
		return providers().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
	}

	@Test
	void localGeometryDescribesTheOxygenSitesOfARealCell() throws Exception {
		DescriptorProvider geometry = provider("local-geometry");
		assertNotNull(geometry, "the local-geometry provider is not registered");
		// Li3FeO3.5 at 0 K (mdlu/neural-networks-with-XANES-and-battery-materials): 14 Fe, 42 Li, 49 O.
		Structure cell = PoscarReader.read(SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k"));
		int[] oxygens = IntStream.range(0, cell.size()).filter(i -> cell.species(i).equals("O"))
				.toArray();
		assertEquals(49, oxygens.length);
		double[][] vectors = geometry.compute(cell, oxygens);
		assertEquals(49, vectors.length);
		for (double[] v : vectors) {
			assertEquals(geometry.length(Set.copyOf(cell.species())), v.length);
			// Oxide anions sit among 2-8 cations at 1.7-2.3 Å (Fe-O about 1.9, Li-O about 2.0 Å).
			assertTrue(v[0] >= 2 && v[0] <= 8, "coordination " + v[0]);
			assertTrue(v[1] > 1.7 && v[1] < 2.3, "bond length " + v[1]);
			assertTrue(v[2] > 60 && v[2] < 180, "bond angle " + v[2]);
		}
	}

	@Test
	void everyShippedDescriptorIsRegisteredAndDescribesARealCell() throws Exception {
		Structure cell = PoscarReader.read(SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k"));
		int[] oxygens = IntStream.range(0, cell.size()).filter(i -> cell.species(i).equals("O")).toArray();
		SortedSet<String> species = new TreeSet<>(cell.species());
		for (String id : List.of("local-geometry", "acsf", "soap-gto", "soap-polynomial", "lmbtr", "snap", "qsnap")) {
			DescriptorProvider provider = provider(id);
			assertNotNull(provider, id + " is not registered");
			assertNotNull(provider.settings(), id);
			double[][] vectors = provider.compute(cell, oxygens, species);
			assertEquals(oxygens.length, vectors.length, id);
			for (double[] v : vectors) {
				assertEquals(provider.length(species), v.length, id);
				assertTrue(Arrays.stream(v).allMatch(Double::isFinite), id + " gives a non-finite value");
			}
		}
	}

	@Test
	void aThirdPartyBundleAddsAProviderByRegisteringAService() throws Exception {
		DescriptorProvider atomCount = new DescriptorProvider() {
			@Override
			public String id() {
				return "test-species-count";
			}

			@Override
			public String description() {
				return "number of atoms of the site's own species in the structure";
			}

			@Override
			public Object settings() {
				return "none";
			}

			@Override
			public int length(Set<String> species) {
				return 1;
			}

			@Override
			public double[][] compute(Structure structure, int[] sites, SortedSet<String> species) {
				double[][] vectors = new double[sites.length][];
				for (int s = 0; s < sites.length; s++) {
					String own = structure.species(sites[s]);
					vectors[s] = new double[] { structure.species().stream().filter(own::equals).count() };
				}
				return vectors;
			}
		};
		ServiceRegistration<DescriptorProvider> registration = Services.context()
				.registerService(DescriptorProvider.class, atomCount, null);
		try {
			DescriptorProvider found = provider("test-species-count");
			assertNotNull(found);
			assertNotNull(provider("local-geometry"), "Edgewise's own provider is still there");
			Structure cell = PoscarReader.read(SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k"));
			assertEquals(14.0, found.compute(cell, new int[] { 0 })[0][0], "the first atom is one of 14 Fe");
		} finally {
			registration.unregister();
		}
		assertEquals(null, provider("test-species-count"));
	}
}
