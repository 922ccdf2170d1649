package org.edgewise.spectrum.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Larch's own pre_edge() output on its example Cu foil spectrum (larch/xafsdata/cu.xmu from xraypy/xraylarch,
 * MIT; reference figures in larch-reference/cu_xmu_pre_edge.txt, produced by Larch). The algorithm is meant
 * to be Larch's rule for rule, so the agreement is held to rounding level, far inside the 0.05 eV, 0.1 % and
 * 2e-3 that would already count as the same normalisation.
 */
class LarchReferenceTest {

	private static final double VALUE_TOLERANCE = 1e-9;

	private static Map<String, Double> scalars;
	private static Map<Integer, Double> norm;
	private static Map<Integer, Double> flat;
	private static Spectrum cu;
	private static NormalizationResult result;

	@BeforeAll
	static void normaliseCu() throws IOException {
		scalars = new HashMap<>();
		norm = new TreeMap<>();
		flat = new TreeMap<>();
		Path reference = SharedData.file("larch-reference/cu_xmu_pre_edge.txt");
		for (String line : Files.readAllLines(reference)) {
			String[] fields = line.strip().split("\\s+");
			if (line.startsWith("#") || fields.length < 2) {
				continue;
			}
			switch (fields[0]) {
			case "norm" -> norm.put(Integer.parseInt(fields[1]), Double.parseDouble(fields[2]));
			case "flat" -> flat.put(Integer.parseInt(fields[1]), Double.parseDouble(fields[2]));
			default -> scalars.put(fields[0], Double.parseDouble(fields[1]));
			}
		}
		cu = ColumnFile.spectrum(SharedData.file("larch/xafsdata/cu.xmu"));
		result = new EdgeStepNormalization(new NormalizationSettings()).apply(cu);
	}

	@Test
	void readsTheWholeSpectrum() {
		assertEquals(scalars.get("npts").intValue(), cu.size());
		assertEquals(13, norm.size());
		assertEquals(13, flat.size());
	}

	@Test
	void findsLarchsEdgeEnergyAndStep() {
		assertEquals(scalars.get("e0"), result.e0(), 1e-6);
		assertEquals(scalars.get("edge_step"), result.edgeStep(), 1e-9 * scalars.get("edge_step"));
	}

	@Test
	void choosesLarchsDefaultRanges() {
		assertEquals(scalars.get("pre1"), result.pre1(), 1e-9);
		assertEquals(scalars.get("pre2"), result.pre2(), 1e-9);
		assertEquals(scalars.get("norm1"), result.norm1(), 1e-9);
		assertEquals(scalars.get("norm2"), result.norm2(), 1e-9);
		assertEquals(scalars.get("nnorm").intValue(), result.nnorm());
		assertEquals(scalars.get("nvict").intValue(), result.nvict());
	}

	@Test
	void fitsLarchsPreEdgeLine() {
		assertEquals(scalars.get("pre_slope"), result.preSlope(), 1e-9 * Math.abs(scalars.get("pre_slope")));
		assertEquals(scalars.get("pre_offset"), result.preOffset(), 1e-9 * scalars.get("pre_offset"));
		double e = cu.energy().get(0);
		assertEquals(scalars.get("pre_offset") + scalars.get("pre_slope") * e, result.preEdge()[0], 1e-9);
	}

	@Test
	void reproducesNormAndFlatAtEverySampledPoint() {
		norm.forEach((index, expected) -> assertEquals(expected, result.norm()[index], VALUE_TOLERANCE,
				"norm at index " + index));
		flat.forEach((index, expected) -> assertEquals(expected, result.flat()[index], VALUE_TOLERANCE,
				"flat at index " + index));
	}

	@Test
	void postEdgeMinusPreEdgeAtE0IsTheStep() {
		int ie0 = cu.energy().indexOfNearest(result.e0());
		assertEquals(result.edgeStep(), result.postEdge()[ie0] - result.preEdge()[ie0], 1e-12);
	}
}
