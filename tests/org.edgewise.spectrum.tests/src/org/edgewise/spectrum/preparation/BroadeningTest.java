package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class BroadeningTest {

	/** A non-uniform grid over [0, 40] eV: the spacing varies smoothly between about 0.048 and 0.067 eV. */
	private static double[] grid() {
		int n = 700;
		double[] e = new double[n];
		for (int i = 0; i < n; i++) {
			double t = 40.0 * i / (n - 1);
			e[i] = t + 0.5 * Math.sin(t / 3);
		}
		return e;
	}

	/** An edge with a white line and a narrow pre-edge peak: sharp features the broadening must smear. */
	private static Spectrum edge(double[] e) {
		double[] mu = new double[e.length];
		for (int i = 0; i < e.length; i++) {
			mu[i] = 0.5 + Math.atan((e[i] - 20) / 0.3) / Math.PI + 0.8 * Math.exp(-0.5 * Math.pow((e[i] - 22) / 0.4, 2))
					+ 0.3 * Math.exp(-0.5 * Math.pow((e[i] - 15) / 0.2, 2));
		}
		return Spectrum.of(e, mu, "edge");
	}

	private static Broadening broadening(BroadeningSettings.Shape shape, double width) {
		BroadeningSettings settings = BroadeningSettings.defaults();
		settings.setShape(shape);
		settings.setWidth(width);
		return new Broadening(settings);
	}

	private static Broadening gaussian(double sigma) {
		return broadening(BroadeningSettings.Shape.GAUSSIAN, sigma);
	}

	/** Largest difference between the two at energies from 8 to 32 eV, away from the ends. */
	private static double interiorDifference(Spectrum a, Spectrum b) {
		double max = 0;
		for (int i = 0; i < a.size(); i++) {
			double e = a.energy().get(i);
			if (e > 8 && e < 32) {
				max = Math.max(max, Math.abs(a.mu(i) - b.mu(i)));
			}
		}
		return max;
	}

	@Test
	void gaussianTwiceEqualsOnceWithTheSummedVariances() {
		Spectrum edge = edge(grid());
		Spectrum twice = gaussian(0.4).apply(gaussian(0.3).apply(edge));
		Spectrum once = gaussian(0.5).apply(edge);
		double difference = interiorDifference(twice, once);
		assertTrue(difference < 1e-8, "difference " + difference);
		// and the broadening did something: the white line is far lower
		assertTrue(interiorDifference(once, edge) > 0.1);
	}

	@Test
	void lorentziansAddTheirHalfWidths() {
		Spectrum edge = edge(grid());
		Spectrum twice = broadening(BroadeningSettings.Shape.LORENTZIAN, 0.2)
				.apply(broadening(BroadeningSettings.Shape.LORENTZIAN, 0.3).apply(edge));
		Spectrum once = broadening(BroadeningSettings.Shape.LORENTZIAN, 0.5).apply(edge);
		double difference = interiorDifference(twice, once);
		assertTrue(difference < 2e-4, "difference " + difference);
	}

	@Test
	void broadeningPreservesArea() {
		double[] e = grid();
		double[] mu = new double[e.length];
		for (int i = 0; i < e.length; i++) {
			mu[i] = Math.exp(-0.5 * Math.pow((e[i] - 20) / 0.25, 2)) + 0.5 * Math.exp(-0.5 * Math.pow((e[i] - 17) / 0.1,
					2));
		}
		Spectrum peaks = Spectrum.of(e, mu, "peaks");
		double area = trapezoid(peaks);
		Spectrum broadened = gaussian(1.0).apply(peaks);
		assertEquals(area, trapezoid(broadened), 1e-5 * area);
		assertEquals(Math.sqrt(2 * Math.PI) * (0.25 + 0.05), area, 1e-5 * area);
		// the peak at 20 eV, sigma 0.25 eV, is now sqrt(1 + 0.25^2) = 1.03 eV wide and correspondingly lower
		assertTrue(broadened.mu(peaks.energy().indexOfNearest(20)) < 0.4);
	}

	@Test
	void aConstantStaysConstantUpToTheEnds() {
		double[] e = grid();
		double[] mu = new double[e.length];
		Arrays.fill(mu, 3.25);
		for (BroadeningSettings.Shape shape : BroadeningSettings.Shape.values()) {
			double[] result = broadening(shape, 2.0).apply(Spectrum.of(e, mu, "constant")).mu();
			for (double value : result) {
				assertEquals(3.25, value, 1e-13, shape.name());
			}
		}
	}

	@Test
	void aLineNarrowerThanTheGridLeavesTheSpectrumAlone() {
		Spectrum edge = edge(grid());
		Spectrum result = gaussian(1e-3).apply(edge);
		assertEquals(0, interiorDifference(edge, result), 1e-12);
	}

	@Test
	void parametersNameTheWidthByShape() {
		Broadening lorentzian = Broadening.fromParameters(Map.of("shape", "lorentzian", "gamma", 0.7));
		assertEquals(Map.of("shape", "lorentzian", "gamma", 0.7), lorentzian.parameters());
		assertEquals(0.5, Broadening.fromParameters(Map.of("sigma", 0.5)).settings().getWidth());
		assertThrows(IllegalArgumentException.class, () -> Broadening.fromParameters(Map.of("shape", "gaussian",
				"gamma", 0.5)));
		assertThrows(IllegalArgumentException.class, () -> Broadening.fromParameters(Map.of("sigma", -1.0)));
	}

	@Test
	void notANumberNamesTheSpectrum() {
		Spectrum bad = Spectrum.of(new double[] { 1, 2, 3 }, new double[] { 1, Double.NaN, 1 }, "pixel (3, 4)");
		PreparationException error = assertThrows(PreparationException.class, () -> gaussian(0.5).apply(bad));
		assertTrue(error.getMessage().contains("pixel (3, 4)") && error.getMessage().contains("2 eV"),
				error.getMessage());
	}

	private static double trapezoid(Spectrum spectrum) {
		double sum = 0;
		for (int i = 1; i < spectrum.size(); i++) {
			sum += 0.5 * (spectrum.mu(i) + spectrum.mu(i - 1)) * (spectrum.energy().get(i) - spectrum.energy().get(i - 1));
		}
		return sum;
	}
}
