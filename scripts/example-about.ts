/**
 * The About sheet of the example workbook: what it is, where the data came
 * from and the acknowledgements the publishers ask for (examples/README.md
 * says the same at more length).
 */
import type { SheetPlan } from '../src/workbook';

const LINES: string[][] = [
  ['LBF example workbook: a support team whose ticket volume doubled'],
  [''],
  [
    'Built by scripts/build-example.ts from real, public data (examples/data/). ' +
      'Run "lbf run" on it (npm run demo) to add LBF Scenarios, LBF Projection and ' +
      'LBF Decision Log; the layout is in docs/workbook-contract.md.',
  ],
  [
    'Costs, paid hours, shrinkage, handle times of tickets and the three options are ' +
      'assumptions, labelled as such in LBF Parameters: replace them with your own.',
  ],
  [''],
  ['Call data (Call Log, Call Stats)'],
  [
    'Source: Technion, Service Enterprise Engineering (SEE) Center, "Anonymous Bank" ' +
      'call-centre data, February 1999; data organised by Ilan Guedj, documented by Ilan ' +
      'Guedj and Avi Mandelbaum. http://ie.technion.ac.il/serveng/callcenterdata/index.html',
  ],
  [
    'Acknowledgement: the call data is courtesy of the Technion SEE Center ("Anonymous ' +
      'Bank" data, Guedj and Mandelbaum). The publisher asks users to acknowledge the source ' +
      'and to notify Avi Mandelbaum (avim@ie.technion.ac.il).',
  ],
  [
    'Changes: caller ids and agent names replaced by neutral codes before we received it; ' +
      'here only arrival (date + vru_entry), queued, q_time, ser_time, outcome, server and ' +
      'type are kept. PHANTOM calls are kept and skipped by the baseline.',
  ],
  [''],
  ['Ticket data (Ticket Log, Ticket Baseline)'],
  [
    'Source: UCI Machine Learning Repository, "Incident management process enriched event ' +
      'log", donated by C. Amaral, M. Fantinato and S. M. Peres (University of São Paulo). ' +
      'https://archive.ics.uci.edu/ml/datasets/Incident+management+process+enriched+event+log',
  ],
  [
    'Licence: CC BY 4.0. This is a changed version: incidents opened 2016-02-29 to ' +
      '2016-03-31 only, one row per incident, first response = first time Active, resolved = ' +
      'resolved_at or else closed_at; other columns dropped. See examples/README.md.',
  ],
];

/** The About sheet. */
export function aboutSheet(): SheetPlan {
  return {
    name: 'About',
    mode: 'replace',
    blocks: [
      { row: 0, column: 0, style: 'title', values: [LINES[0]] },
      { row: 1, column: 0, values: LINES.slice(1, 5) },
      { row: 5, column: 0, style: 'section', values: [LINES[5]] },
      { row: 6, column: 0, values: LINES.slice(6, 10) },
      { row: 10, column: 0, style: 'section', values: [LINES[10]] },
      { row: 11, column: 0, values: LINES.slice(11) },
    ],
    columnWidths: [{ column: 0, widthChars: 160 }],
  };
}
