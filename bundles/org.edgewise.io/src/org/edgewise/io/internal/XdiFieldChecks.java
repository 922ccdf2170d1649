package org.edgewise.io.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The XDI 1.0 checks on header values that do not stop a file from being read: each problem becomes a
 * warning, as the XDI reference library reports them (required and recommended metadata, element symbol and
 * edge, dates, numbers with units).
 */
public final class XdiFieldChecks {

	private static final Set<String> ELEMENTS = Set.of(("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn "
			+ "Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd "
			+ "Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am "
			+ "Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og").split(" "));

	private static final Set<String> EDGES = Set.of(("K L L1 L2 L3 M M1 M2 M3 M4 M5 N N1 N2 N3 N4 N5 N6 N7 "
			+ "O O1 O2 O3 O4 O5 O6 O7 P P1 P2 P3").split(" "));

	/** Fields whose value must be "number units", with the units the specification allows. */
	private static final Map<String, Set<String>> QUANTITIES = Map.of("Sample.temperature", Set.of("K", "C", "F"),
			"Facility.energy", Set.of("GeV", "MeV"), "Facility.current", Set.of("mA", "A"));

	private static final List<String> RECOMMENDED = List.of("Facility.name", "Beamline.name", "Mono.d_spacing",
			"Element.symbol", "Element.edge");

	private XdiFieldChecks() {
	}

	/**
	 * @param field the header fields, looked up case-insensitively by "Family.key"
	 * @return one sentence per problem, empty when the header is as the specification recommends
	 */
	public static List<String> warnings(Function<String, String> field) {
		List<String> warnings = new ArrayList<>();
		for (String name : RECOMMENDED) {
			if (field.apply(name) == null) {
				warnings.add("missing field " + name);
			}
		}
		String symbol = field.apply("Element.symbol");
		if (symbol != null && !ELEMENTS.contains(symbol)) {
			warnings.add("Element.symbol '" + symbol + "' is not an element symbol");
		}
		String edge = field.apply("Element.edge");
		if (edge != null && !EDGES.contains(edge)) {
			warnings.add("Element.edge '" + edge + "' is not an absorption edge (K, L1, L2, L3, M1, ...)");
		}
		String spacing = field.apply("Mono.d_spacing");
		if (spacing != null && Double.isNaN(positiveNumber(spacing))) {
			warnings.add("Mono.d_spacing '" + spacing + "' is not a positive number; ignored");
		}
		for (String name : List.of("Scan.start_time", "Scan.end_time")) {
			String time = field.apply(name);
			if (time != null && !isDateTime(time)) {
				warnings.add(name + " '" + time + "' is not an ISO 8601 date-time (yyyy-mm-ddThh:mm:ss)");
			}
		}
		QUANTITIES.forEach((name, units) -> {
			String value = field.apply(name);
			if (value != null && !isQuantity(value, units)) {
				warnings.add(name + " '" + value + "' is not a number with units " + units);
			}
		});
		return warnings;
	}

	/** @return the value as a finite number above zero, or NaN when it is not one */
	public static double positiveNumber(String text) {
		try {
			double value = Double.parseDouble(text.strip());
			return Double.isFinite(value) && value > 0 ? value : Double.NaN;
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	private static boolean isDateTime(String text) {
		try {
			// XDI files in the wild separate date and time by a space as often as by 'T'
			LocalDateTime.parse(text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T"));
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}

	private static boolean isQuantity(String text, Set<String> units) {
		String[] words = text.strip().split("\\s+");
		if (words.length > 2 || (words.length == 2 && !units.contains(words[1]))) {
			return false;
		}
		try {
			return Double.isFinite(Double.parseDouble(words[0]));
		} catch (NumberFormatException e) {
			return false;
		}
	}
}
