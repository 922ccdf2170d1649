package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.january.dataset.DatasetFactory;
import org.eclipse.january.dataset.DoubleDataset;
import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.spectrum.simulation.Coordination;
import org.edgewise.spectrum.simulation.KEdgeModel;
import org.edgewise.spectrum.simulation.SimulatedKEdge;
import org.junit.jupiter.api.Test;

/** A recipe applied to one spectrum, a batch and an [E, y, x] map gives the same numbers. */
class PreparationTest {

	static final int ENERGIES = 100;
	static final int ROWS = 64;
	static final int COLUMNS = 64;
	private static final SpectrumMetadata SOURCE = SpectrumMetadata.fromSource("stack.h5", "/entry/data/mu");

	/** Keeps every second energy point: a stand-in for a step that changes the grid. */
	private record EverySecondPoint() implements PreparationStep {
		@Override
		public String kind() {
			return "every-second-point";
		}

		@Override
		public Map<String, Object> parameters() {
			return Map.of();
		}

		@Override
		public Spectrum apply(Spectrum spectrum) {
			int n = (spectrum.size() + 1) / 2;
			double[] energy = new double[n];
			double[] mu = new double[n];
			for (int i = 0; i < n; i++) {
				energy[i] = spectrum.energy().get(2 * i);
				mu[i] = spectrum.mu(2 * i);
			}
			return new Spectrum(EnergyAxis.of(energy), mu, spectrum.label(), spectrum.metadata());
		}
	}

	/** Cu K-edge-like scan, 8930 .. 9128 eV in 2 eV steps. */
	static EnergyAxis mapEnergy() {
		double[] energy = new double[ENERGIES];
		for (int i = 0; i < ENERGIES; i++) {
			energy[i] = 8930 + 2.0 * i;
		}
		return EnergyAxis.of(energy);
	}

	/**
	 * A [E, y, x] map of simulated K-edge spectra whose E0 varies over 8975 .. 8985 eV, coordination and bond
	 * length by pixel, with a little noise.
	 */
	static SpectrumSet simulatedMap() {
		EnergyAxis energy = mapEnergy();
		DoubleDataset data = DatasetFactory.zeros(DoubleDataset.class, ENERGIES, ROWS, COLUMNS);
		Random random = new Random(7);
		Coordination[] coordinations = Coordination.values();
		for (int y = 0; y < ROWS; y++) {
			for (int x = 0; x < COLUMNS; x++) {
				KEdgeModel model = new KEdgeModel(8975 + 10.0 * random.nextDouble(), 0.5 + random.nextDouble(),
						coordinations[(x + y) % coordinations.length], 1.9 + 0.002 * x);
				double[] mu = new SimulatedKEdge(model).absorption(energy.values(), 0.002, random);
				for (int e = 0; e < ENERGIES; e++) {
					data.setItem(mu[e], e, y, x);
				}
			}
		}
		return SpectrumSet.ofMap(energy, data, 0,
				List.of(DataAxis.index("sample_y", ROWS), DataAxis.index("sample_x", COLUMNS)), SOURCE);
	}

	@Test
	void mapEqualsSpectrumBySpectrumBitForBitAndKeepsItsLayout() {
		Preparation recipe = Preparation.of("test", Normalisation.defaults(), new EverySecondPoint());
		SpectrumSet map = simulatedMap();
		SpectrumSet prepared = recipe.apply(map);

		assertArrayEquals(new int[] { ENERGIES / 2, ROWS, COLUMNS }, prepared.data().getShape());
		assertEquals(0, prepared.energyDimension());
		assertEquals(map.mapAxes(), prepared.mapAxes());
		assertEquals(SOURCE, prepared.metadata());
		assertEquals(8930, prepared.energy().min());
		assertEquals(9126, prepared.energy().max());
		for (int i = 0; i < map.size(); i++) {
			Spectrum alone = recipe.apply(map.spectrum(i));
			assertEquals(alone.energy(), prepared.energy());
			assertArrayEquals(alone.mu(), prepared.spectrum(i).mu(), "pixel " + i);
		}
		// flattened mu: about 0 below the edge and 1 far above it
		int[] pixel = { 17, 41 };
		double[] flat = prepared.spectrum(17 * COLUMNS + 41).mu();
		assertEquals(0, flat[0], 0.05, "pixel " + pixel[0] + "," + pixel[1]);
		assertEquals(1, flat[flat.length - 1], 0.1);
	}

	@Test
	void batchEqualsOneByOneInInputOrder() {
		SpectrumSet map = simulatedMap();
		List<Spectrum> spectra = new ArrayList<>(map.spectra().subList(0, 1000));
		Preparation recipe = Preparation.of("test", Normalisation.defaults());
		List<Spectrum> prepared = recipe.applyAll(spectra);
		assertEquals(spectra.size(), prepared.size());
		for (int i = 0; i < spectra.size(); i++) {
			assertEquals(spectra.get(i).label(), prepared.get(i).label());
			assertArrayEquals(recipe.apply(spectra.get(i)).mu(), prepared.get(i).mu());
		}
		SpectrumSet batch = recipe.apply(SpectrumSet.of(spectra, SOURCE));
		assertArrayEquals(new int[] { 1000, ENERGIES }, batch.data().getShape());
		assertEquals(spectra.get(999).label(), batch.spectrum(999).label());
		assertArrayEquals(prepared.get(999).mu(), batch.spectrum(999).mu());
	}

	@Test
	void reportsTheFirstSpectrumThatFails() {
		EnergyAxis energy = mapEnergy();
		List<Spectrum> spectra = new ArrayList<>();
		SimulatedKEdge simulation = new SimulatedKEdge(new KEdgeModel(8980, 1, Coordination.OCTAHEDRAL, 2.0));
		for (int i = 0; i < 2000; i++) {
			double[] mu = simulation.absorption(energy.values());
			if (i == 700 || i == 1900) {
				mu[5] = Double.NaN;
			}
			spectra.add(new Spectrum(energy, mu, "scan " + i, SOURCE));
		}
		Preparation recipe = Preparation.of("test", Normalisation.defaults());
		PreparationException e = assertThrows(PreparationException.class, () -> recipe.applyAll(spectra));
		assertEquals("spectrum 'scan 700' of stack.h5:/entry/data/mu: mu is NaN at index 5 (8940 eV)", e.getMessage());
	}

	@Test
	void refusesASetThatDoesNotEndOnOneGrid() {
		SpectrumSet map = simulatedMap();
		PreparationStep shiftByPixel = new PreparationStep() {
			@Override
			public String kind() {
				return "shift";
			}

			@Override
			public Map<String, Object> parameters() {
				return Map.of();
			}

			@Override
			public Spectrum apply(Spectrum spectrum) {
				double shift = spectrum.label().equals("[0, 3]") ? 1 : 0;
				double[] energy = spectrum.energy().values();
				for (int i = 0; i < energy.length; i++) {
					energy[i] += shift;
				}
				return new Spectrum(EnergyAxis.of(energy), spectrum.mu(), spectrum.label(), spectrum.metadata());
			}
		};
		PreparationException e = assertThrows(PreparationException.class,
				() -> Preparation.of("shifty", shiftByPixel).apply(map));
		assertEquals("spectrum '[0, 3]' of stack.h5:/entry/data/mu: recipe 'shifty' ends on EnergyAxis[100 points, "
				+ "8931.0 .. 9129.0 eV] for this spectrum but on EnergyAxis[100 points, 8930.0 .. 9128.0 eV] for the "
				+ "first one; a recipe for a set must end on a common grid (add a resampling step)", e.getMessage());
	}

	@Test
	void equalityIsByNameKindsAndParameters() {
		Preparation a = Preparation.of("r", Normalisation.defaults());
		assertEquals(a, Preparation.of("r", Normalisation.fromParameters(Map.of())));
		assertEquals(a.hashCode(), Preparation.of("r", Normalisation.defaults()).hashCode());
		assertNotEquals(a, Preparation.of("other", Normalisation.defaults()));
		assertNotEquals(a, Preparation.of("r", Normalisation.fromParameters(Map.of("output", "norm"))));
		assertNotEquals(a, a.then(Normalisation.defaults()));
		assertEquals(List.of("normalise", "normalise"),
				a.then(Normalisation.defaults()).steps().stream().map(PreparationStep::kind).toList());
		assertThrows(IllegalArgumentException.class, () -> Preparation.of(" "));
	}
}
