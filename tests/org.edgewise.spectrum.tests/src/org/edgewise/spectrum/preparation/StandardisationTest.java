package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.junit.jupiter.api.Test;

class StandardisationTest {

	/** 200 rows of 6 features with very different means and spreads; feature 3 is constant (7.25). */
	private static double[][] training() {
		Random random = new Random(11);
		double[][] rows = new double[200][6];
		for (double[] row : rows) {
			row[0] = 1e4 + 3 * random.nextGaussian();
			row[1] = 0.002 * random.nextGaussian();
			row[2] = random.nextDouble();
			row[3] = 7.25;
			row[4] = -50 + 20 * random.nextGaussian();
			row[5] = Math.exp(random.nextGaussian());
		}
		return rows;
	}

	@Test
	void standardisedTrainingFeaturesHaveMeanZeroAndVarianceOne() {
		double[][] rows = training();
		Standardisation standardisation = Standardisation.fit(rows);
		double[][] z = standardisation.transform(rows);
		for (int j : new int[] { 0, 1, 2, 4, 5 }) {
			double mean = 0;
			for (double[] row : z) {
				mean += row[j];
			}
			mean /= z.length;
			double variance = 0;
			for (double[] row : z) {
				variance += (row[j] - mean) * (row[j] - mean);
			}
			variance /= z.length;
			assertEquals(0, mean, 1e-12, "mean of feature " + j);
			assertEquals(1, variance, 1e-12, "population variance of feature " + j);
		}
		double[][] restored = standardisation.inverseTransform(z);
		for (int i = 0; i < rows.length; i++) {
			assertArrayEquals(rows[i], restored[i], 1e-9 * 1e4, "row " + i);
			assertEquals(rows[i][1], restored[i][1], 1e-15, "small feature of row " + i);
		}
	}

	@Test
	void constantFeatureIsReportedAndPassesThrough() {
		Standardisation standardisation = Standardisation.fit(training());
		assertArrayEquals(new int[] { 3 }, standardisation.constantFeatures());
		assertEquals(1.0, standardisation.scales()[3]);
		assertEquals(7.25, standardisation.means()[3]);
		double[] z = standardisation.transform(new double[] { 1e4, 0, 0.5, 9.25, -50, 1 });
		assertEquals(2.0, z[3], 0, "a constant feature is only centred");
	}

	@Test
	void knownMeansAndPopulationStandardDeviation() {
		Standardisation standardisation = Standardisation.fit(new double[][] { { 1, 10 }, { 3, 10 }, { 5, 40 } });
		assertArrayEquals(new double[] { 3, 20 }, standardisation.means(), 1e-15);
		// population (divisor n) as scikit-learn: sqrt(8/3) and sqrt(600/3)
		assertArrayEquals(new double[] { Math.sqrt(8.0 / 3), Math.sqrt(200) }, standardisation.scales(), 1e-13);
	}

	@Test
	void parametersRebuildTheSameStep() {
		Standardisation fitted = Standardisation.fit(training());
		Map<String, Object> parameters = fitted.parameters();
		assertEquals("standardise", fitted.kind());
		assertEquals(List.of("means", "scales"), List.copyOf(parameters.keySet()));
		Standardisation rebuilt = Standardisation.fromParameters(parameters);
		assertArrayEquals(fitted.means(), rebuilt.means(), 0);
		assertArrayEquals(fitted.scales(), rebuilt.scales(), 0);
		assertThrows(IllegalArgumentException.class, () -> Standardisation.fromParameters(Map.of("means", List.of(
				1.0), "scales", List.of(0.0))));
		IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> Standardisation
				.fromParameters(Map.of("mean", List.of(1.0), "scales", List.of(1.0))));
		assertTrue(typo.getMessage().contains("'mean'"), typo.getMessage());
	}

	@Test
	void appliedToSpectraOnTheFittedGrid() {
		EnergyAxis grid = EnergyAxis.of(0, 1, 2);
		List<Spectrum> spectra = List.of(new Spectrum(grid, new double[] { 1, 2, 3 }, "a", SpectrumMetadata.NONE),
				new Spectrum(grid, new double[] { 3, 2, 5 }, "b", SpectrumMetadata.NONE));
		Standardisation standardisation = Standardisation.fit(spectra);
		assertArrayEquals(new double[] { -1, 0, -1 }, standardisation.apply(spectra.get(0)).mu(), 1e-15);

		Spectrum longer = Spectrum.of(new double[] { 0, 1, 2, 3 }, new double[4], "long one");
		PreparationException wrongGrid = assertThrows(PreparationException.class, () -> standardisation.apply(
				longer));
		assertTrue(wrongGrid.getMessage().contains("'long one'") && wrongGrid.getMessage().contains("4 points"),
				wrongGrid.getMessage());
		Spectrum withNaN = Spectrum.of(new double[] { 0, 1, 2 }, new double[] { 1, Double.NaN, 3 }, "broken");
		PreparationException nan = assertThrows(PreparationException.class, () -> Standardisation.fit(List.of(
				spectra.get(0), withNaN)));
		assertTrue(nan.getMessage().contains("'broken'") && nan.getMessage().contains("index 1"), nan.getMessage());
	}
}
