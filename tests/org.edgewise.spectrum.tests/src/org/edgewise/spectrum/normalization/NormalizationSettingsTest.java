package org.edgewise.spectrum.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalizationSettingsTest {

	@Test
	void defaultsAreLarchsNone() {
		NormalizationSettings s = new NormalizationSettings();
		assertTrue(Double.isNaN(s.getE0()));
		assertTrue(Double.isNaN(s.getPre1()));
		assertTrue(Double.isNaN(s.getPre2()));
		assertTrue(Double.isNaN(s.getNorm1()));
		assertTrue(Double.isNaN(s.getNorm2()));
		assertTrue(Double.isNaN(s.getStep()));
		assertEquals(NormalizationSettings.AUTOMATIC_NNORM, s.getNnorm());
		assertEquals(0, s.getNvict());
	}

	@Test
	void copyIsIndependent() {
		NormalizationSettings s = new NormalizationSettings();
		s.setE0(8979);
		s.setPre1(-150);
		s.setPre2(-30);
		s.setNorm1(50);
		s.setNorm2(600);
		s.setNnorm(3);
		s.setNvict(1);
		s.setStep(0.7);
		NormalizationSettings copy = s.copy();
		s.setE0(Double.NaN);
		s.setNnorm(0);
		assertEquals(8979, copy.getE0());
		assertEquals(-150, copy.getPre1());
		assertEquals(-30, copy.getPre2());
		assertEquals(50, copy.getNorm1());
		assertEquals(600, copy.getNorm2());
		assertEquals(3, copy.getNnorm());
		assertEquals(1, copy.getNvict());
		assertEquals(0.7, copy.getStep());
	}

	@Test
	void rejectsValuesLarchCannotUse() {
		NormalizationSettings s = new NormalizationSettings();
		assertThrows(IllegalArgumentException.class, () -> s.setNnorm(4));
		assertThrows(IllegalArgumentException.class, () -> s.setNnorm(-2));
		assertThrows(IllegalArgumentException.class, () -> s.setNvict(-1));
		assertThrows(IllegalArgumentException.class, () -> s.setNvict(4));
		assertThrows(IllegalArgumentException.class, () -> s.setStep(0));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> s.setNorm2(Double.POSITIVE_INFINITY));
		assertTrue(e.getMessage().contains("norm2"), e.getMessage());
	}
}
