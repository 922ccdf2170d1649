package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.junit.jupiter.api.Test;

class DeduplicationTest {

	private static final EnergyAxis GRID = EnergyAxis.of(IntStream.range(0, 100)
			.mapToDouble(i -> 8980 + 0.5 * i).toArray());

	/** A smooth edge whose position and height depend on {@code base}, far (> 0.1) from the other bases. */
	private static double[] base(int base) {
		double[] mu = new double[GRID.size()];
		for (int i = 0; i < mu.length; i++) {
			mu[i] = (1 + 0.3 * base) * (0.5 + Math.atan((GRID.get(i) - 8990 - 3 * base) / 1.5) / Math.PI);
		}
		return mu;
	}

	/** @return mu plus a perturbation of mean absolute value {@code difference}, alternating in sign */
	private static double[] offset(double[] mu, double difference) {
		double[] copy = mu.clone();
		for (int i = 0; i < copy.length; i++) {
			copy[i] += i % 2 == 0 ? difference : -difference;
		}
		return copy;
	}

	private static Spectrum spectrum(double[] mu, String label) {
		return new Spectrum(GRID, mu, label, SpectrumMetadata.NONE);
	}

	@Test
	void plantedNearDuplicatesAreDroppedDistinctOnesKept() {
		List<Spectrum> spectra = List.of(spectrum(base(0), "A"), spectrum(base(1), "B"),
				spectrum(offset(base(0), 0.01), "A near"), spectrum(offset(base(1), 0.02), "B distinct"),
				spectrum(base(2), "C"), spectrum(offset(base(2), -0.01), "C near"),
				spectrum(offset(base(0), 0.02), "A distinct"), spectrum(offset(base(1), 0.005), "B near"));
		DeduplicationReport report = Deduplication.defaults().apply(spectra);
		assertArrayEquals(new int[] { 0, 1, 3, 4, 6 }, report.kept());
		assertArrayEquals(new int[] { 2, 5, 7 }, report.droppedIndices());
		List<DeduplicationReport.Duplicate> dropped = report.dropped();
		assertEquals(0, dropped.get(0).duplicateOf());
		assertEquals("A", dropped.get(0).duplicateLabel());
		assertEquals(0.01, dropped.get(0).difference(), 1e-12);
		assertEquals(4, dropped.get(1).duplicateOf());
		assertEquals(0.01, dropped.get(1).difference(), 1e-12);
		// "B near" is 0.005 from B and 0.015 from "B distinct": B, the earlier one, is reported
		assertEquals(1, dropped.get(2).duplicateOf());
		assertEquals(0.005, dropped.get(2).difference(), 1e-12);
		String table = report.toString();
		assertTrue(table.contains("kept 5 of 8, dropped 3") && table.contains("A near") && table.contains("0.01000"),
				table);
	}

	@Test
	void agreesWithTheStraightforwardPairwiseScanOnManyRows() {
		Random random = new Random(5);
		double[][] rows = new double[3000][100];
		for (int i = 0; i < rows.length; i++) {
			// 300 prototypes, each repeated with small noise, so there are many duplicates and many kept rows
			Random prototype = new Random(i % 300);
			for (int j = 0; j < 100; j++) {
				rows[i][j] = prototype.nextDouble() * 0.2 + j * 0.01 + 0.012 * random.nextGaussian();
			}
		}
		DeduplicationReport report = new Deduplication(0.015).apply(rows);

		List<Integer> kept = new ArrayList<>();
		List<Integer> duplicateOf = new ArrayList<>();
		for (int i = 0; i < rows.length; i++) {
			int match = -1;
			for (int k : kept) {
				double sum = 0;
				for (int j = 0; j < 100; j++) {
					sum += Math.abs(rows[i][j] - rows[k][j]);
				}
				if (sum / 100 < 0.015) {
					match = k;
					break;
				}
			}
			if (match < 0) {
				kept.add(i);
			} else {
				duplicateOf.add(match);
			}
		}
		assertArrayEquals(kept.stream().mapToInt(Integer::intValue).toArray(), report.kept());
		assertArrayEquals(duplicateOf.stream().mapToInt(Integer::intValue).toArray(), report.dropped().stream()
				.mapToInt(DeduplicationReport.Duplicate::duplicateOf).toArray());
		assertTrue(report.dropped().size() > 100 && kept.size() > 300, report.dropped().size() + " dropped, "
				+ kept.size() + " kept");
	}

	@Test
	void spectraOnAnotherGridOrWithNaNAreNamed() {
		Spectrum other = Spectrum.of(new double[] { 1, 2 }, new double[] { 0, 1 }, "short");
		PreparationException grid = assertThrows(PreparationException.class, () -> Deduplication.defaults().apply(
				List.of(spectrum(base(0), "A"), other)));
		assertTrue(grid.getMessage().contains("'short'") && grid.getMessage().contains("one grid"), grid
				.getMessage());
		double[] mu = base(0);
		mu[7] = Double.NaN;
		PreparationException nan = assertThrows(PreparationException.class, () -> Deduplication.defaults().apply(
				List.of(spectrum(base(0), "A"), spectrum(mu, "holey"))));
		assertTrue(nan.getMessage().contains("'holey'") && nan.getMessage().contains("index 7"), nan.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new Deduplication(0));
	}
}
