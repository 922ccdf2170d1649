package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.spectrum.normalization.ColumnFile;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The named recipes of the papers: their grids, their JSON round trip and their use on real data and maps. */
class RecipesTest {

	/** Cu K-edge E0 of cu.xmu as Larch finds it, eV. */
	private static final double CU_E0 = 8979;

	/**
	 * cu.xmu, moved to the edge the recipe expects (a real spectrum shape, so the recipe does real work): as
	 * measured for the K-edge recipes, moved to the Si K edge (1839 eV) for Hirai's.
	 */
	private static Spectrum realSpectrumFor(String recipe) throws IOException {
		Spectrum cu = ColumnFile.spectrum(SharedData.file("larch/xafsdata/cu.xmu"));
		if (!recipe.equals(Recipes.HIRAI_SI_K)) {
			return cu;
		}
		double[] energy = cu.energy().values();
		for (int i = 0; i < energy.length; i++) {
			energy[i] += 1839 - CU_E0;
		}
		return new Spectrum(EnergyAxis.of(energy), cu.mu(), cu.label(), cu.metadata());
	}

	@Test
	void knowsThePapersRecipes() {
		assertEquals(Set.of("carbone-k-edge", "hirai-si-k", "kiyohara-o-k"), Recipes.names());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Recipes.byName("kiyohara"));
		assertEquals("unknown recipe 'kiyohara' (known: carbone-k-edge, hirai-si-k, kiyohara-o-k)", e.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "kiyohara-o-k", "carbone-k-edge", "hirai-si-k" })
	void jsonRoundTripGivesAnEqualRecipeWithIdenticalOutput(String name) throws IOException {
		Preparation recipe = Recipes.byName(name);
		assertEquals(name, recipe.name());
		Preparation back = RecipeJson.fromJson(RecipeJson.toJson(recipe), name + ".json");
		assertEquals(recipe, back);
		assertEquals(RecipeJson.toJson(recipe), RecipeJson.toJson(back));
		assertEquals(recipe.steps().stream().map(PreparationStep::kind).toList(),
				back.steps().stream().map(PreparationStep::kind).toList());
		for (int i = 0; i < recipe.steps().size(); i++) {
			assertEquals(recipe.steps().get(i).parameters(), back.steps().get(i).parameters(), "step " + i);
		}

		Spectrum real = realSpectrumFor(name);
		Spectrum prepared = recipe.apply(real);
		Spectrum preparedBack = back.apply(real);
		assertEquals(prepared.energy(), preparedBack.energy());
		assertArrayEquals(prepared.mu(), preparedBack.mu());
		assertTrue(Arrays.stream(prepared.mu()).anyMatch(v -> Math.abs(v) > 0.1), "a real edge in " + name);
	}

	@Test
	void gridsAreThePapers() throws IOException {
		EnergyAxis kiyohara = Recipes.kiyoharaOxygenK().apply(realSpectrumFor(Recipes.KIYOHARA_OXYGEN_K)).energy();
		assertEquals(160, kiyohara.size());
		assertEquals(-1.0, kiyohara.min(), 1e-12);
		assertEquals(14.9, kiyohara.max(), 1e-9);

		EnergyAxis carbone = Recipes.carboneKEdge().apply(realSpectrumFor(Recipes.CARBONE_K_EDGE)).energy();
		assertEquals(100, carbone.size());
		assertEquals(0.5, carbone.get(1) - carbone.get(0), 1e-12);

		EnergyAxis hirai = Recipes.hiraiSiK().apply(realSpectrumFor(Recipes.HIRAI_SI_K)).energy();
		assertEquals(401, hirai.size());
		assertEquals(1835.0, hirai.min(), 1e-9);
		assertEquals(1855.0, hirai.max(), 1e-9);
	}

	/** The check at 100 x 64 x 64 (the full 512 x 512 x 100 runs in the benchmark). */
	@Test
	void carboneOnAnEnergyFirstMapEqualsSpectrumBySpectrum() {
		SpectrumSet map = PreparationTest.simulatedMap();
		Preparation recipe = Recipes.carboneKEdge();
		SpectrumSet prepared = recipe.apply(map);
		assertArrayEquals(new int[] { 100, PreparationTest.ROWS, PreparationTest.COLUMNS },
				prepared.data().getShape());
		assertEquals(0, prepared.energyDimension());
		assertEquals(map.mapAxes(), prepared.mapAxes());
		for (int i = 0; i < map.size(); i++) {
			Spectrum alone = recipe.apply(map.spectrum(i));
			assertEquals(alone.energy(), prepared.energy());
			assertArrayEquals(alone.mu(), prepared.spectrum(i).mu(), "pixel " + List.of(map.position(i)[0],
					map.position(i)[1]));
		}
	}
}
