package org.edgewise.io.internal;

import java.util.List;

/** Chemical element symbols by atomic number, for formats that name atoms by Z (FEFF) or check symbols. */
public final class ElementSymbols {

	private static final String[] SYMBOLS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co"
			+ " Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm"
			+ " Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk"
			+ " Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og").split(" ");

	private ElementSymbols() {
	}

	/** @return the symbol of element {@code z}, or null when {@code z} is not 1..118 */
	public static String symbol(int z) {
		return z >= 1 && z <= SYMBOLS.length ? SYMBOLS[z - 1] : null;
	}

	/** @return true when {@code text} is the symbol of an element, spelled as IUPAC does ("Cu", not "CU") */
	public static boolean isSymbol(String text) {
		return List.of(SYMBOLS).contains(text);
	}
}
