package org.edgewise.structure.descriptor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.edgewise.io.PoscarReader;
import org.edgewise.structure.Lattice;
import org.edgewise.structure.Structure;
import org.edgewise.structure.descriptor.SoapSettings.Average;
import org.edgewise.structure.descriptor.SoapSettings.Rbf;
import org.edgewise.structure.descriptor.SoapSettings.Weighting;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SoapTest {

	private static final SortedSet<String> FE_LI_O = new TreeSet<>(List.of("Fe", "Li", "O"));
	private static final SortedSet<String> LI_O = new TreeSet<>(List.of("Li", "O"));

	/** The default descriptors, built once: building one orthonormalises its basis in decimal arithmetic. */
	private static final Soap GTO = new Soap(SoapSettings.defaults());
	private static final Soap POLYNOMIAL = new Soap(settings(Rbf.POLYNOMIAL));

	private static SoapSettings settings(Rbf rbf) {
		SoapSettings settings = SoapSettings.defaults();
		settings.setRbf(rbf);
		return settings;
	}

	private static Soap soap(Rbf rbf) {
		return rbf == Rbf.GTO ? GTO : POLYNOMIAL;
	}

	/** A cluster of O, Fe and Li: the first O sees neighbours from 1.9 Å out to 9.56 Å (beyond r_cut 6). */
	private static Structure mixedCluster() {
		return Structure.cluster(List.of("O", "Fe", "Li", "O", "Fe", "Li", "O", "Li", "Fe"),
				new double[][] { { 0, 0, 0 }, { 1.9, 0.3, -0.2 }, { -1.2, 1.5, 0.9 }, { 0.4, -2.1, 1.3 },
						{ 3.5, 2.9, -1.1 }, { -4.0, -2.2, 3.1 }, { 0.1, 0.2, 7.9 }, { 7.9, 5.0, 2.0 }, { 9.3, 6.2, 3.1 } });
	}

	@Test
	void lengthAndLayoutFollowDScribe() {
		// (S n_max)(S n_max + 1) / 2 (l_max + 1): 24 x 25 / 2 x 7 = 2100 for three species and the defaults.
		assertEquals(2100, GTO.length(FE_LI_O));
		assertEquals(36 * 7, GTO.length(new TreeSet<>(List.of("O"))));
		// DScribe's own test_number_of_features: species H, O, n_max 5, l_max 5 give (5 + 1)(5 x 2)(5 x 2 + 1) / 2.
		SoapSettings five = SoapSettings.defaults();
		five.setNMax(5);
		five.setLMax(5);
		assertEquals(330, new Soap(five).length(new TreeSet<>(List.of("H", "O"))));
		// Blocks (Fe,Fe) 252, (Fe,Li) 448, (Fe,O) 448, (Li,Li) 252, (Li,O) 448, (O,O) 252 values.
		assertArrayEquals(new int[] { 0, 252 }, GTO.location(FE_LI_O, "Fe", "Fe"));
		assertArrayEquals(new int[] { 252, 700 }, GTO.location(FE_LI_O, "Li", "Fe"));
		assertArrayEquals(new int[] { 1148, 1400 }, GTO.location(FE_LI_O, "Li", "Li"));
		assertArrayEquals(new int[] { 1400, 1848 }, GTO.location(FE_LI_O, "O", "Li"));
		assertArrayEquals(new int[] { 1848, 2100 }, GTO.location(FE_LI_O, "O", "O"));
		List<String> names = GTO.featureNames(FE_LI_O);
		assertEquals(2100, names.size());
		assertEquals("p[Fe-Fe; l=0, n=0, n'=0]", names.get(0));
		assertEquals("p[Fe-Fe; l=0, n=1, n'=1]", names.get(8));
		assertEquals("p[Fe-Li; l=0, n=0, n'=0]", names.get(252));
		assertEquals("p[Fe-Li; l=1, n=0, n'=0]", names.get(252 + 64));
		assertEquals("p[Li-O; l=0, n=0, n'=0]", names.get(1400));
		assertEquals("p[O-O; l=6, n=7, n'=7]", names.get(2099));
		assertEquals("soap-gto", GTO.id());
		assertEquals("soap-polynomial", POLYNOMIAL.id());
		// r_cut + sigma sqrt(-2 ln 0.001) = 6 + 3.7169...
		assertEquals(6 + Math.sqrt(-2 * Math.log(1e-3)), GTO.cutoff(), 1e-15);
	}

	/**
	 * The reference values were computed for this test by brute force, independently of this implementation:
	 * c^Z_nlm = ∫ g_nl(r) Y_lm(r̂) ρ^Z(r) d³r on a product grid (300 Gauss-Legendre radii to 17.7 Å for the GTO
	 * basis and to r_cut for the polynomial one, 70 Gauss-Legendre polar angles, 140 azimuths) with the
	 * densities summed from the atoms' Gaussians, real harmonics built from scipy's complex ones and the bases
	 * orthonormalised by mpmath in 60 digits; then the power spectrum in DScribe's layout. They agree with
	 * this class to 5e-11 of the largest value everywhere.
	 */
	@ParameterizedTest
	@EnumSource(Rbf.class)
	void matchesABruteForceQuadratureOfTheDensity(Rbf rbf) {
		int[] index = { 0, 5, 100, 252, 300, 700, 900, 1148, 1300, 1400, 1600, 1848, 1874, 1900, 2099 };
		double[] gto = { 2.3182731012508199e-05, -0.0066917593028333376, 0.20999355729544658, 3.4482737521334192e-05,
				-0.0075177095008347227, -0.00060465500088229343, -1.1877902659400029e-05, 5.12907295660582e-05,
				0.0026049753095196654, -0.00089938323811532598, 1.5785457190208508e-05, 0.015770690256238715,
				9.3228796178230393, 0.0017507493885444805, 0.072293363487545045 };
		double[] polynomial = { 1.9334725514924898, 2.7825950837857238, 1.31250803589121, 1.4616531656417084,
				2.1545954853937275, 0.36861557634645659, 0.039350248146133936, 1.1049704196634551, 0.059621126138707854,
				0.2786634460653391, 0.040141699521198997, 0.070276375540135577, 2.6175457440678418, 1.0081732927032903,
				3.9616567853275301e-05 };
		double[] expected = rbf == Rbf.GTO ? gto : polynomial;
		double[] v = DescriptorChecks.computeChecked(soap(rbf), mixedCluster(), new int[] { 0 }, FE_LI_O)[0];
		double largest = rbf == Rbf.GTO ? 27.4678416 : 40.7506093;
		assertEquals(largest, maxAbs(v), 1e-6);
		for (int i = 0; i < index.length; i++) {
			assertEquals(expected[i], v[index[i]], 1e-9 * largest, rbf + " feature " + index[i]);
		}
	}

	/**
	 * DScribe's tests/test_soap.py, get_soap_{gto,polynomial}_l_max_setup: 27 H atoms on a jittered 3 x 3 x 3 grid
	 * (numpy RandomState(42), the middle one moved to the origin), r_cut 2 Å, σ 0.1 Å, n_max 1, l_max 20 (GTO)
	 * or 9 (polynomial), centre the origin. The expected values are p_l = π √(8/(2l+1)) Σ_m c_lm² from
	 * DScribe's numerically integrated coefficients tests/gto_coefficients_1_20_2.0_0.1.npy and
	 * polynomial_coefficients_1_9_2.0_0.1.npy (scipy tplquad, epsrel 1e-4; DScribe checks against them with
	 * rtol 1e-2). Here they agree within 7e-5.
	 */
	@ParameterizedTest
	@EnumSource(Rbf.class)
	void matchesDScribesNumericalReference(Rbf rbf) {
		double[][] positions = {
				{ -1.1254598811526375, -0.54928569359008383, -0.76800605818859491 },
				{ -0.9013415158029634, -1.3439813595575636, -0.34400547966379735 },
				{ -1.4419163878318004, -0.63382385422506482, 1.1011150117432087 },
				{ 0.20807257779604549, -1.4794155057041976, -0.53009014783800568 },
				{ 0.33244264080042174, -1.2876608893217238, -0.31817503279289938 },
				{ -0.31659549014656618, -1.1957577570404623, 1.024756431632238 },
				{ 0.93194501864211576, -1.208770859801958, -0.88814710527762053 },
				{ 0.63949386065204183, -1.2078553514647818, -0.1336381567063083 },
				{ 0.95606998421703593, -0.7148240386069864, 0.69967378215835974 },
				{ -0.98576556158638839, 0.092414568862042468, -1.4535495872800022 },
				{ -0.89245514809856163, -0.32947587631270847, -0.43494840701472048 },
				{ -0.55111446274666676, 0.46563203307455936, 1.3083973481164612 },
				{ -0.19538623082662931, -0.40232788599361613, -0.81576697348784311 },
				{ 0, 0, 0 },
				{ -0.4656114788847816, 0.40932040207878206, 0.75877998160001692 },
				{ 1.162522284353982, -0.18828892391058905, -0.97993197882218919 },
				{ 1.0467102793432796, -0.31514554447447296, 0.46958462776455856 },
				{ 1.2751328233611146, 0.43949894156418912, 1.3948273504276489 },
				{ -0.90210002118891486, 1.4218742350231168, -1.4115074979480804 },
				{ -1.3040171375808547, 0.54522728891053807, -0.17466966923673566 },
				{ -1.1113227103105179, 0.77134903177389591, 1.3287375091519293 },
				{ -0.14324667330641072, 0.78093450968738076, -0.95730391684175153 },
				{ -0.35907577502523735, 1.3021969807540397, -0.42544935632022918 },
				{ 0.48688693660051729, 1.2722447692966574, 0.69871568153417241 },
				{ 0.5055221171236024, 1.3154614284548343, -0.79314265615238289 },
				{ 1.2290071680409873, 1.2712703466859456, -0.42595534826590964 },
				{ 0.85846572854427261, 0.61586905952512971, 1.3631034258755936 }
		};
		double[] gto = { 0.01405812521, 3.376248838e-06, 3.43912941e-05, 9.280018094e-05, 0.0001435651142,
				0.000509120557, 0.0004871406677, 0.001411452149, 0.001761991028, 0.001246123214, 0.002043309449,
				0.001390024101, 0.001364460639, 0.001191866582, 0.001198319386, 0.001294915317, 0.0007250115077,
				0.001014521332, 0.0008036628853, 0.0008065797314, 0.001130990574 };
		double[] polynomial = { 0.01335122715, 0.0002935512822, 0.0005070755616, 0.0008668278394, 0.0005692599137,
				0.001188531348, 0.0007138528326, 0.001274280846, 0.0008931391032, 0.0005314800445 };
		double[] expected = rbf == Rbf.GTO ? gto : polynomial;
		SoapSettings settings = settings(rbf);
		settings.setRCut(2.0);
		settings.setSigma(0.1);
		settings.setNMax(1);
		settings.setLMax(expected.length - 1);
		Structure hydrogen = Structure.cluster(Collections.nCopies(27, "H"), positions);
		double[] v = new Soap(settings).compute(hydrogen, new int[] { 13 }, new TreeSet<>(List.of("H")))[0];
		assertEquals(expected.length, v.length);
		for (int l = 0; l < expected.length; l++) {
			assertEquals(expected[l], v[l], 2e-4 * expected[l], rbf + " l=" + l);
		}
	}

	/**
	 * DScribe's tests/test_soap.py, test_weighting: H at the origin and C at (-0.3, 0.5, 0.4), r_cut 2 Å,
	 * σ 0.55 Å, n_max 2, l_max 2, centred on the H atom, with the weightings poly (r0 2, c 3, m 4), pow (r0 2,
	 * c 3, d 4, m 5) and exp (r0 2, c 3, d 4). The expected spectra are computed from DScribe's numerically
	 * integrated coefficients tests/{gto,polynomial}_coefficients_2_2_2.0_0.55_{poly,pow,exp}.npy (first
	 * centre), rearranged into this layout (species C, H); DScribe checks against them with rtol 1e-2. The
	 * tiny values (1e-17 and below) are the integration's noise where the exact value is 0: the H centre's
	 * own Gaussian has no l > 0 part. Here they agree within 1e-7 of the largest value.
	 */
	@ParameterizedTest
	@EnumSource(Rbf.class)
	void weightingMatchesDScribesNumericalReference(Rbf rbf) {
		Structure molecule = Structure.cluster(List.of("H", "C"), new double[][] { { 0, 0, 0 }, { -0.3, 0.5, 0.4 } });
		SortedSet<String> species = new TreeSet<>(List.of("C", "H"));
		double[][] gto = {
				{ 0.002502058525, -0.07507307658, 2.252531974, 0.0112381929, -0.1060635634, 1.001004305, 0.00504427674,
						-0.03155460044, 0.1973905993, -0.07719236621, -0.4235027218, 2.316120251, 12.70699784, -1.164329282e-17,
						-2.538355806e-17, 1.098868063e-16, 2.395643714e-16, -8.456799651e-18, -1.358771027e-17, 5.290172362e-17,
						8.499826449e-17, 2.381503606, 13.06571244, 71.68279781, 5.77264512e-32, 1.200699177e-31, 2.500201908e-31,
						4.370349859e-31, 6.741363822e-31, 1.040212337e-30 },
				{ 0.002324719923, -0.06975211613, 2.092879085, 0.01044166261, -0.09854608771, 0.9300560427, 0.004686753134,
						-0.0293181025, 0.18340013, -0.01860162775, -0.1020546509, 0.5581329975, 3.062101283, -2.805772249e-18,
						-6.116867784e-18, 2.648025401e-17, 5.772963673e-17, -2.037898912e-18, -3.274333213e-18, 1.274812807e-17,
						2.048267404e-17, 0.1488439754, 0.8166070273, 4.480174863, 3.6079032e-33, 7.504369856e-33, 1.562626193e-32,
						2.731468662e-32, 4.213352389e-32, 6.501327105e-32 },
				{ 0.001686899862, -0.05061462842, 1.518667864, 0.007576843574, -0.0715085633, 0.674881905, 0.003400875579,
						-0.02127426301, 0.1330816891, -0.0126765265, -0.06954759571, 0.3803531514, 2.086742547, -2.441110803e-18,
						-3.645069105e-18, 2.303866044e-17, 3.440135094e-17, -1.49345236e-18, -2.224409355e-18, 9.342328926e-18,
						1.391484885e-17, 0.09526014424, 0.5226284975, 2.867311913, 2.284498894e-33, 4.806528014e-33, 1.082815813e-32,
						1.473909491e-32, 1.998327294e-32, 2.722316998e-32 } };
		double[][] polynomial = {
				{ 1.852383022, 1.0044613, 0.5446727223, 1.015352625, 0.2357701694, 0.05474706168, 0.2044674681, 0.008724624284,
						0.0003722796081, 8.213251608, 8.321871206, 4.453664976, 4.51256434, 1.481554762e-16, 1.425657405e-16,
						3.440245639e-17, 3.310449008e-17, 8.11156184e-17, 7.308561391e-17, 3.461318759e-18, 3.118699822e-18,
						36.41660562, 36.89821232, 37.38618824, 1.212196568e-31, 1.234504642e-31, 1.266226396e-31, 4.670365209e-31,
						5.240229568e-31, 5.933417144e-31 },
				{ 1.721091523, 0.9332680162, 0.5060679102, 0.9433873958, 0.2190595104, 0.05086676939, 0.189975411, 0.00810624839,
						0.0003458935165, 1.979209299, 2.005384185, 1.073233301, 1.087426726, 3.570214456e-17, 3.435514371e-17,
						8.290222964e-18, 7.977442633e-18, 1.954704348e-17, 1.761199262e-17, 8.341001352e-19, 7.51536661e-19,
						2.276037851, 2.30613827, 2.336636765, 7.576228548e-33, 7.715654011e-33, 7.913914974e-33, 2.918978255e-32,
						3.27514348e-32, 3.708385715e-32 },
				{ 1.248885521, 0.6772126278, 0.3672209626, 0.6845555528, 0.1589574032, 0.03691074586, 0.1378529204,
						0.005882197369, 0.0002509939273, 1.348779767, 1.366617272, 0.7313806388, 0.7410530894, 4.219026339e-17,
						1.360404954e-17, 9.79679941e-18, 3.15892817e-18, 1.297299494e-17, 1.306954591e-17, 5.53582861e-19,
						5.57705213e-19, 1.456664225, 1.475928493, 1.49544753, 7.672030803e-33, 5.518951691e-33, 5.648707737e-33,
						2.889842383e-32, 3.120384801e-32, 3.376310437e-32 } };
		Weighting[] weightings = { Weighting.POLY, Weighting.POW, Weighting.EXP };
		for (int w = 0; w < weightings.length; w++) {
			SoapSettings settings = settings(rbf);
			settings.setRCut(2.0);
			settings.setSigma(0.55);
			settings.setNMax(2);
			settings.setLMax(2);
			settings.setWeighting(weightings[w]);
			settings.setR0(2);
			settings.setC(3);
			settings.setD(4);
			settings.setM(weightings[w] == Weighting.POLY ? 4 : 5);
			double[] expected = (rbf == Rbf.GTO ? gto : polynomial)[w];
			double[] v = new Soap(settings).compute(molecule, new int[] { 0 }, species)[0];
			assertEquals(expected.length, v.length);
			double largest = maxAbs(expected);
			for (int i = 0; i < v.length; i++) {
				assertEquals(expected[i], v[i], 1e-6 * largest, rbf + " " + weightings[w] + " feature " + i);
			}
		}
	}

	@Test
	void isolatedAtomGivesTheSelfDensityTerm() {
		// One atom alone: only its own Gaussian exp(-eta r^2), eta = 1/2 for sigma = 1, spherically symmetric, so
		// only l = 0 survives: c_n00 = sqrt(4 pi) ∫ r^2 g_n0(r) exp(-eta r^2) dr (∫ Y_00 dΩ = sqrt(4 pi)) and
		// p_000 = pi sqrt(8) c_000^2.
		// GTO with n_max = 1: numpy.linspace(1, r_cut, 1) = [1], so alpha = -ln(0.001 / 1^l) / 1^2 = ln 1000 and
		// g_0(r) = N exp(-alpha r^2) with N^2 Γ(3/2) / (2 (2 alpha)^(3/2)) = 1, i.e. N^2 = 4 (2 alpha)^(3/2) / sqrt(pi);
		// ∫ r^2 exp(-(alpha + eta) r^2) dr = sqrt(pi) / (4 (alpha + eta)^(3/2)).
		double eta = 0.5;
		double alpha = Math.log(1000);
		double n = Math.sqrt(4 * Math.pow(2 * alpha, 1.5) / Math.sqrt(Math.PI));
		double c = Math.sqrt(4 * Math.PI) * n * Math.sqrt(Math.PI) / (4 * Math.pow(alpha + eta, 1.5));
		Structure atom = Structure.cluster(List.of("O"), new double[][] { { 0.3, -1.2, 2.0 } });
		SortedSet<String> o = new TreeSet<>(List.of("O"));
		SoapSettings settings = SoapSettings.defaults();
		settings.setNMax(1);
		settings.setLMax(4);
		double[] gto = new Soap(settings).compute(atom, new int[] { 0 }, o)[0];
		assertEquals(5, gto.length);
		assertEquals(Math.PI * Math.sqrt(8) * c * c, gto[0], 1e-13 * gto[0]);
		for (int l = 1; l <= 4; l++) {
			assertEquals(0, gto[l], 1e-15, "l=" + l);
		}
		// Polynomial with n_max = 1: g(r) = N (r_c - r)^3 on [0, r_c], N^2 = 1 / ∫ r^2 (r_c - r)^6 dr = 252 / r_c^9;
		// the integral of r^2 (r_c - r)^3 exp(-eta r^2) by Simpson's rule on 20000 intervals.
		double rc = 6;
		double norm = Math.sqrt(252 / Math.pow(rc, 9));
		int intervals = 20000;
		double h = rc / intervals;
		double integral = 0;
		for (int i = 0; i <= intervals; i++) {
			double r = i * h;
			double f = r * r * Math.pow(rc - r, 3) * Math.exp(-eta * r * r);
			integral += f * (i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2);
		}
		integral *= h / 3;
		double cp = Math.sqrt(4 * Math.PI) * norm * integral;
		settings.setRbf(Rbf.POLYNOMIAL);
		double[] polynomial = new Soap(settings).compute(atom, new int[] { 0 }, o)[0];
		assertEquals(Math.PI * Math.sqrt(8) * cp * cp, polynomial[0], 1e-12 * polynomial[0]);
		for (int l = 1; l <= 4; l++) {
			assertEquals(0, polynomial[l], 1e-15, "l=" + l);
		}
		// DScribe's w0 weighs the centre's own Gaussian: the coefficients scale with it, the spectrum with its
		// square, and w0 = 0 hides the atom.
		settings.setW0(2);
		assertEquals(4 * polynomial[0], new Soap(settings).compute(atom, new int[] { 0 }, o)[0][0], 1e-12 * polynomial[0]);
		settings.setW0(0);
		assertEquals(0, new Soap(settings).compute(atom, new int[] { 0 }, o)[0][0]);
	}

	@ParameterizedTest
	@EnumSource(Rbf.class)
	void dimerChangesSmoothlyAndVanishesBeyondTheCutoff(Rbf rbf) {
		// O at the origin, Li at distance d along a fixed direction; follow the (Li,O) block of the O site.
		Soap soap = soap(rbf);
		int[] block = soap.location(LI_O, "Li", "O");
		int feature = block[0] + 64 * 2 + 8 + 3; // l = 2, n = 1, n' = 3
		double[] isolated = soap.compute(Structure.cluster(List.of("O"), new double[][] { { 0, 0, 0 } }),
				new int[] { 0 }, LI_O)[0];
		// Smooth: central differences with steps 1e-3 and 1e-4 Å agree (a kink or a jump would not), between grid
		// points of the radial tables as well as on them.
		for (double d : new double[] { 1.0, 2.345, 4.5, 7.77 }) {
			double coarse = (value(soap, d + 1e-3, feature) - value(soap, d - 1e-3, feature)) / 2e-3;
			double fine = (value(soap, d + 1e-4, feature) - value(soap, d - 1e-4, feature)) / 2e-4;
			assertEquals(coarse, fine, 1e-5 * Math.max(1, Math.abs(coarse)), rbf + " derivative at " + d + " Å");
		}
		// Decays towards the cutoff, r_cut plus the padding, and is exactly the isolated atom beyond it.
		double cutoff = soap.cutoff();
		double previous = Double.POSITIVE_INFINITY;
		for (double d : new double[] { 6, 7, 8, 9, 9.5, cutoff - 0.05, cutoff - 1e-7 }) {
			double largest = maxAbs(dimer(soap, d), block[0], block[1]);
			assertTrue(largest < previous, rbf + " at " + d + " Å: " + largest + " after " + previous);
			previous = largest;
		}
		assertTrue(previous < 1e-12, rbf + ": the neighbour fades out to the cutoff, left " + previous);
		assertArrayEquals(isolated, dimer(soap, cutoff + 1e-9), 0.0);
		assertArrayEquals(isolated, dimer(soap, 12), 0.0);
	}

	private static double[] dimer(Soap soap, double d) {
		Structure dimer = Structure.cluster(List.of("O", "Li"), new double[][] { { 0, 0, 0 }, { 0.48 * d, 0.6 * d,
				0.64 * d } });
		return soap.compute(dimer, new int[] { 0 }, LI_O)[0];
	}

	private static double value(Soap soap, double d, int feature) {
		return dimer(soap, d)[feature];
	}

	@ParameterizedTest
	@EnumSource(Rbf.class)
	void invariantToRotationTranslationAndPermutation(Rbf rbf) {
		Soap soap = soap(rbf);
		List<String> species = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			species.add(List.of("O", "Fe", "Li").get(i % 3));
		}
		Structure cluster = DescriptorChecks.randomCluster(11, 7.0, 1.4, species);
		Structure cell = DescriptorChecks.randomCell(12, 4.5, 1.4, species.subList(0, 9));
		int[] sites = { 0, 1, 2, 5, 8 };
		for (Structure structure : List.of(cluster, cell)) {
			DescriptorChecks.assertRotationInvariant(soap, structure, sites, FE_LI_O, 1e-8, 3);
			DescriptorChecks.assertTranslationInvariant(soap, structure, sites, FE_LI_O, new double[] { 0.7, -3.1, 12.4 },
					1e-9);
			DescriptorChecks.assertPermutationInvariant(soap, structure, sites, FE_LI_O, 1e-12, 4);
		}
	}

	@ParameterizedTest
	@EnumSource(Rbf.class)
	void supercellGivesThePrimitiveCellsVectors(Rbf rbf) {
		// A skewed 4 Å cell: the 9.7 Å neighbourhood spans several images of every atom, the atom's own included.
		Structure primitive = DescriptorChecks.randomCell(5, 4.0, 1.5, List.of("O", "Fe", "O", "Li"));
		DescriptorChecks.assertSupercellEquivalent(soap(rbf), primitive, new int[] { 2, 1, 2 }, FE_LI_O, 1e-9);
	}

	@ParameterizedTest
	@EnumSource(Rbf.class)
	void continuousInThePositions(Rbf rbf) {
		List<String> species = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			species.add(List.of("O", "Fe", "Li").get(i % 3));
		}
		DescriptorChecks.assertContinuous(soap(rbf), DescriptorChecks.randomCluster(21, 9.0, 1.4, species),
				new int[] { 0, 4, 7 }, FE_LI_O, 22);
		DescriptorChecks.assertContinuous(soap(rbf), DescriptorChecks.randomCell(23, 5.0, 1.4, species.subList(0, 8)),
				new int[] { 0, 1, 2 }, FE_LI_O, 24);
	}

	@Test
	void periodicImagesCountAsTheExplicitCluster() {
		// One O in a cube of side 3 Å is the same to SOAP as the cluster of all its images within the cutoff
		// (9.717 Å; no image lies within 0.1 Å of it: 3 sqrt(k) is never in [9.6, 9.72] for integer k).
		double a = 3;
		Structure crystal = Structure.periodic(Lattice.of(new double[][] { { a, 0, 0 }, { 0, a, 0 }, { 0, 0, a } }),
				List.of("O"), new double[][] { { 0.1, 0.2, 0.3 } });
		List<double[]> images = new ArrayList<>();
		images.add(new double[] { 0, 0, 0 });
		for (int i = -4; i <= 4; i++) {
			for (int j = -4; j <= 4; j++) {
				for (int k = -4; k <= 4; k++) {
					double d = a * Math.sqrt(i * i + j * j + k * k);
					if (d > 0 && d <= GTO.cutoff()) {
						images.add(new double[] { a * i, a * j, a * k });
					}
				}
			}
		}
		Structure cluster = Structure.cluster(Collections.nCopies(images.size(), "O"), images.toArray(new double[0][]));
		SortedSet<String> o = new TreeSet<>(List.of("O"));
		for (Soap soap : List.of(GTO, POLYNOMIAL)) {
			DescriptorChecks.assertVectorsClose(soap.compute(cluster, new int[] { 0 }, o),
					DescriptorChecks.computeChecked(soap, crystal, new int[] { 0 }, o), 1e-12, soap.id() + " periodic");
		}
	}

	@Test
	void everyOxygenOfTheLi3FeO35CellHasAFiniteVectorThatRotationLeaves() throws Exception {
		Structure structure = PoscarReader.read(SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k"));
		int[] oxygen = IntStream.range(0, structure.size()).filter(i -> structure.species(i).equals("O")).toArray();
		assertEquals(49, oxygen.length);
		for (Soap soap : List.of(GTO, POLYNOMIAL)) {
			double[][] v = DescriptorChecks.computeChecked(soap, structure, oxygen, FE_LI_O);
			// An O site sees O, Li and Fe: its own density makes the (O,O) l = 0 block positive.
			int[] oo = soap.location(FE_LI_O, "O", "O");
			assertTrue(v[0][oo[0]] > 0, soap.id());
			DescriptorChecks.assertRotationInvariant(soap, structure, new int[] { oxygen[0], oxygen[17], oxygen[48] },
					FE_LI_O, 1e-8, 7);
		}
	}

	@Test
	void averagesFollowDScribe() {
		Structure cluster = mixedCluster();
		int[] sites = { 0, 3, 6 };
		SoapSettings outer = SoapSettings.defaults();
		outer.setAverage(Average.OUTER);
		double[][] each = GTO.compute(cluster, sites, FE_LI_O);
		double[][] average = new Soap(outer).compute(cluster, sites, FE_LI_O);
		assertEquals(1, average.length);
		double[] mean = new double[each[0].length];
		for (double[] v : each) {
			for (int i = 0; i < v.length; i++) {
				mean[i] += v[i] / sites.length;
			}
		}
		DescriptorChecks.assertVectorsClose(new double[][] { mean }, average, 1e-13, "outer average");
		// Inner: the two ends of an O2 molecule see mirror images, c_nlm(-u) = (-1)^l c_nlm(u), so the averaged
		// coefficients keep the even l and cancel the odd l: the even-l spectrum is each end's, the odd-l one 0.
		SoapSettings inner = SoapSettings.defaults();
		inner.setAverage(Average.INNER);
		Structure molecule = Structure.cluster(List.of("O", "O"), new double[][] { { 0, 0, 0 }, { 0.3, 0.4, 1.1 } });
		SortedSet<String> o = new TreeSet<>(List.of("O"));
		double[] end = GTO.compute(molecule, new int[] { 0 }, o)[0];
		double[] averaged = new Soap(inner).compute(molecule, new int[] { 0, 1 }, o)[0];
		int perL = 36;
		for (int i = 0; i < end.length; i++) {
			int l = i / perL;
			assertEquals(l % 2 == 0 ? end[i] : 0, averaged[i], 1e-12 * maxAbs(end), "feature " + i + ", l=" + l);
		}
		assertTrue(maxAbs(end, perL, 2 * perL) > 1e-3, "the odd-l part of one end is not zero");
	}

	@Test
	void badInputIsRefusedWithAClearMessage() {
		Structure cluster = mixedCluster();
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
				() -> GTO.compute(cluster, new int[] { 0 }, LI_O));
		assertTrue(missing.getMessage().contains("Fe"), missing.getMessage());
		IllegalArgumentException site = assertThrows(IllegalArgumentException.class,
				() -> GTO.compute(cluster, new int[] { 9 }, FE_LI_O));
		assertTrue(site.getMessage().contains("9"), site.getMessage());
		SoapSettings shortCut = SoapSettings.defaults();
		shortCut.setRCut(1.0);
		IllegalArgumentException gto = assertThrows(IllegalArgumentException.class, () -> new Soap(shortCut));
		assertTrue(gto.getMessage().contains("r_cut"), gto.getMessage());
		SoapSettings averaged = SoapSettings.defaults();
		averaged.setAverage(Average.INNER);
		assertThrows(IllegalArgumentException.class, () -> new Soap(averaged).compute(cluster, new int[0], FE_LI_O));
		assertThrows(IllegalArgumentException.class, () -> GTO.location(FE_LI_O, "O", "Cu"));
		SoapSettings settings = SoapSettings.defaults();
		assertThrows(IllegalArgumentException.class, () -> settings.setNMax(0));
		assertThrows(IllegalArgumentException.class, () -> settings.setLMax(21));
		assertThrows(IllegalArgumentException.class, () -> settings.setSigma(-1));
		assertThrows(IllegalArgumentException.class, () -> settings.setRCut(Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> settings.setR0(0));
		assertThrows(IllegalArgumentException.class, () -> settings.setC(-1));
		assertThrows(IllegalArgumentException.class, () -> settings.setW0(Double.POSITIVE_INFINITY));
		// pow weighting c / (d + (r/r0)^m) with d = 0 is infinite at the centre unless w0 replaces it.
		settings.setWeighting(Weighting.POW);
		settings.setD(0);
		IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class, () -> new Soap(settings));
		assertTrue(infinite.getMessage().contains("w0"), infinite.getMessage());
		settings.setW0(1);
		assertEquals(2100, new Soap(settings).length(FE_LI_O));
		assertEquals(0, GTO.compute(cluster, new int[0], FE_LI_O).length);
	}

	@Test
	void settingsAreCopied() {
		SoapSettings settings = SoapSettings.defaults();
		Soap soap = new Soap(settings);
		settings.setNMax(2);
		assertEquals(8, soap.settings().getNMax());
		soap.settings().setLMax(1);
		assertEquals(6, soap.settings().getLMax());
		assertEquals("SOAP[r_cut=6.0, n_max=8, l_max=6, sigma=1.0, rbf=gto, average=off]", soap.settings().toString());
		settings.setWeighting(Weighting.POLY);
		settings.setR0(5);
		settings.setW0(0.5);
		assertEquals("SOAP[r_cut=6.0, n_max=2, l_max=6, sigma=1.0, rbf=gto, average=off, weighting=poly(r0=5.0, c=1.0, "
				+ "m=1.0), w0=0.5]", settings.toString());
		assertEquals(0.5, settings.copy().getW0());
	}

	private static double maxAbs(double[] v) {
		return maxAbs(v, 0, v.length);
	}

	private static double maxAbs(double[] v, int from, int to) {
		double max = 0;
		for (int i = from; i < to; i++) {
			max = Math.max(max, Math.abs(v[i]));
		}
		return max;
	}
}
