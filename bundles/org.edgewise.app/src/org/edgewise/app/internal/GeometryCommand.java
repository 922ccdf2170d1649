package org.edgewise.app.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.edgewise.io.PoscarReader;
import org.edgewise.structure.Structure;
import org.edgewise.structure.coordination.PolyhedronScore;
import org.edgewise.structure.coordination.SiteGeometry;

/**
 * {@code geometry STRUCTURE [--sites SPECIES] [--json]}: per site the element, coordination number (1.2 x
 * nearest-neighbour rule), average bond length and angle, Voronoi volume and the closest ideal polyhedron
 * with its continuous symmetry measure.
 */
final class GeometryCommand implements Command {

	@Override
	public String name() {
		return "geometry";
	}

	@Override
	public String usage() {
		return "geometry STRUCTURE [--sites SPECIES] [--json]  coordination, bonds, Voronoi volume, polyhedron per site";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("--json"), Set.of("--sites"));
		List<Path> inputs = arguments.inputFiles();
		if (inputs.size() != 1) {
			throw new UsageException("give one structure file");
		}
		Structure structure = PoscarReader.read(inputs.get(0));
		List<SiteGeometry> sites = SiteGeometry.of(structure, SiteSelection.of(structure, arguments.option("--sites")));
		if (arguments.flag("--json")) {
			printJson(sites, out);
		} else {
			out.printf(Locale.ROOT, "%5s %-4s %3s %9s %9s %10s %-24s %8s%n", "site", "elem", "CN", "bond/Å", "angle/°",
					"voronoi/Å³", "polyhedron", "CSM");
			for (SiteGeometry s : sites) {
				PolyhedronScore best = s.label().best().orElse(null);
				out.printf(Locale.ROOT, "%5d %-4s %3d %9.4f %9.2f %10.3f %-24s %8.3f%n", s.site(), s.species(),
						s.coordinationNumber(), s.bondLength(), s.bondAngle(), s.voronoiVolume(),
						best == null ? "-" : best.polyhedron().symbol() + " " + best.polyhedron().displayName(),
						best == null ? Double.NaN : best.csm());
			}
		}
		return 0;
	}

	private static void printJson(List<SiteGeometry> sites, PrintStream out) {
		out.println("[");
		for (int i = 0; i < sites.size(); i++) {
			SiteGeometry s = sites.get(i);
			PolyhedronScore best = s.label().best().orElse(null);
			out.printf(Locale.ROOT,
					"  {\"site\": %d, \"species\": %s, \"coordination\": %d, \"bond_length\": %s, \"bond_angle\": %s,"
							+ " \"voronoi_volume\": %s, \"polyhedron\": %s, \"csm\": %s}%s%n",
					s.site(), JsonText.quote(s.species()), s.coordinationNumber(), JsonText.number(s.bondLength()),
					JsonText.number(s.bondAngle()), JsonText.number(s.voronoiVolume()),
					best == null ? "null" : JsonText.quote(best.polyhedron().symbol()),
					best == null ? "null" : JsonText.number(best.csm()), i + 1 < sites.size() ? "," : "");
		}
		out.println("]");
	}
}
