package uk.send.platform.insight.internal;

import java.util.ArrayList;
import java.util.List;

/** The dimensions a record is counted under. In the cube, ANY stands for "every value" of a dimension. */
record Cell(String team, String need, String ageBand, String setting) {

    static final String ANY = "*";

    /** The 16 cube cells a record adds to: each dimension as itself and as ANY, so any filter reads one cell. */
    List<Cell> withAny() {
        List<Cell> cells = new ArrayList<>(16);
        for (String t : new String[] {team, ANY}) {
            for (String n : new String[] {need, ANY}) {
                for (String a : new String[] {ageBand, ANY}) {
                    for (String s : new String[] {setting, ANY}) {
                        cells.add(new Cell(t, n, a, s));
                    }
                }
            }
        }
        return cells;
    }

    Cell withAgeBand(AgeBand band) {
        return new Cell(team, need, band.name(), setting);
    }
}
