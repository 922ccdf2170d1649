package org.edgewise.spectrum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpectrumTest {

	@Test
	void copiesItsValues() {
		double[] mu = { 0.1, 0.2, 0.9 };
		Spectrum s = Spectrum.of(new double[] { 1, 2, 3 }, mu, "foil");
		mu[0] = 5;
		s.mu()[1] = 5;
		assertArrayEquals(new double[] { 0.1, 0.2, 0.9 }, s.mu());
		assertEquals(0.9, s.mu(2));
		assertEquals(3, s.size());
		assertEquals("foil", s.label());
	}

	@Test
	void rejectsMismatchedLengthsNamingTheSpectrum() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Spectrum.of(new double[] { 1, 2, 3 }, new double[] { 1, 2 }, "short"));
		assertTrue(e.getMessage().contains("'short'"), e.getMessage());
	}

	@Test
	void describesItselfWithItsSource() {
		SpectrumMetadata source = SpectrumMetadata.fromSource("map.nxs", "/entry/data");
		Spectrum s = new Spectrum(EnergyAxis.of(1, 2), new double[] { 0, 1 }, "[3, 4]", source);
		assertEquals("spectrum '[3, 4]' of map.nxs:/entry/data", s.describe());
		Spectrum unnamed = new Spectrum(EnergyAxis.of(1, 2), new double[] { 0, 1 }, null, null);
		assertEquals("spectrum of (unknown source)", unnamed.describe());
		assertEquals(SpectrumMetadata.NONE, unnamed.metadata());
	}

	@Test
	void metadataCopiesReplaceOneField() {
		SpectrumMetadata m = SpectrumMetadata.fromSource("a.xdi", null).withEdge("Cu", "K").withMode("transmission")
				.withSample("foil");
		assertEquals(new SpectrumMetadata("Cu", "K", "transmission", "foil", "a.xdi", null), m);
		assertEquals("a.xdi", m.describeSource());
		assertEquals("/x", SpectrumMetadata.fromSource(null, "/x").describeSource());
		assertEquals(m.withThreshold(2.5).withExcitationEnergy(538), m.withExcitationEnergy(538).withThreshold(2.5));
	}

	@Test
	void theShorterConstructorsLeaveTheEnergiesUnknown() {
		SpectrumMetadata withEdge = new SpectrumMetadata("O", "K", "simulated", null, null, null, 532);
		assertEquals(532, withEdge.edgeEnergy());
		assertTrue(Double.isNaN(withEdge.threshold()) && Double.isNaN(withEdge.excitationEnergy()));
		assertTrue(Double.isNaN(SpectrumMetadata.NONE.edgeEnergy()));
	}

	/** Edge energy and threshold are points of the axis; the excitation energy is the site's absolute energy. */
	@Test
	void shiftedFeaturesMoveTheEdgeAndThresholdButNotTheExcitationEnergy() {
		SpectrumMetadata calculated = SpectrumMetadata.NONE.withEdgeEnergy(3).withThreshold(2.5)
				.withExcitationEnergy(538);
		SpectrumMetadata shifted = calculated.withFeaturesShiftedBy(-2.5);
		assertEquals(0.5, shifted.edgeEnergy());
		assertEquals(0, shifted.threshold());
		assertEquals(538, shifted.excitationEnergy());
		assertTrue(Double.isNaN(SpectrumMetadata.NONE.withFeaturesShiftedBy(1).threshold()), "unknown stays unknown");
	}

	@Test
	void refusesAnInfiniteThresholdOrExcitationEnergy() {
		assertThrows(IllegalArgumentException.class, () -> SpectrumMetadata.NONE.withThreshold(
				Double.POSITIVE_INFINITY));
		assertThrows(IllegalArgumentException.class, () -> SpectrumMetadata.NONE.withExcitationEnergy(
				Double.NEGATIVE_INFINITY));
	}
}
