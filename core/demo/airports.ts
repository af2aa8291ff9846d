import { readFileSync } from 'node:fs';

export interface Airport {
  iata: string;
  state: string;
  latitude: number;
  longitude: number;
}

/** Reads vega-datasets' airports.csv (iata,name,city,state,country,latitude,longitude). */
export function loadAirports(path: string): Map<string, Airport> {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = splitCsvLine(lines[0]);
  const at = (name: string): number => header.indexOf(name);
  const [iata, state, lat, lon] = [at('iata'), at('state'), at('latitude'), at('longitude')];
  const airports = new Map<string, Airport>();
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const cells = splitCsvLine(line);
    airports.set(cells[iata], { iata: cells[iata], state: cells[state], latitude: Number(cells[lat]), longitude: Number(cells[lon]) });
  }
  return airports;
}

/** Enough CSV for this file: quoted cells may hold commas and doubled quotes. */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
