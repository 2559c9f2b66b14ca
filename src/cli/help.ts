/** The texts of `lbf --help` and `lbf <command> --help`. */

export const MAIN_HELP = `lbf: the Customer Support Load Balancing Framework on .xlsx workbooks

Usage:
  lbf run <workbook.xlsx> [--out <file.xlsx>] [--author <name>] [--summary <text>]
          [--decision-from-sheet]
  lbf check <workbook.xlsx> [--actuals <sheet>] [--write [--out <file.xlsx>]] [--author <name>]
  lbf --help | lbf <command> --help | lbf --version

Commands:
  run     run every option of the workbook and the cost-versus-quality trade-off,
          write the scenario table, the projection and the decision log, and
          append a version to the decision record
  check   compare the review triggers with the latest actuals

Exit codes: 0 done (check: no trigger fired), 2 bad input (also: lbf with no
arguments), 3 a trigger fired (check), 1 unexpected failure. The workbook layout is in docs/workbook-contract.md.`;

export const RUN_HELP = `Usage: lbf run <workbook.xlsx> [options]

Reads the sheets "LBF Parameters", "LBF Options" and "LBF Decision" (or the
decision record already stored in the workbook, which takes precedence), runs
every option through the weekly model and the trade-off, and writes
"LBF Scenarios", "LBF Projection" and "LBF Decision Log" plus a new version of
the stored decision record. Prints one line per option.

Options:
  --out <file.xlsx>   where to write the result; default <workbook>-lbf.xlsx
                      beside the input. The input is overwritten only when
                      --out names it.
  --author <name>     author of the new record version (default: the user name)
  --summary <text>    one-line summary of the version (default: "lbf run:
                      options A, B, C; recommended C" with the workbook's
                      options and recommendation)
  --decision-from-sheet
                      take the text of "LBF Decision" into the new version
                      even when a record is stored (the history is kept);
                      without it the stored record takes precedence
  -h, --help          this text

The input is never overwritten unless --out names it, and not even then when
it holds parts LBF cannot carry over (charts, pivot tables, macros …).`;

export const CHECK_HELP = `Usage: lbf check <workbook.xlsx> [options]

Evaluates the review triggers of the decision record (or of "LBF Decision")
against the latest row of the actuals sheet and prints each trigger as OK or
FIRED with its action. Exit code 0 when none fired, 3 when any fired, 2 on bad
input.

Options:
  --actuals <sheet>   sheet of actuals: a header row of metric names, one row
                      per period; the last filled row is the latest
                      (default "LBF Actuals")
  --write             append a record version noting the check and write the
                      workbook (to --out, default: the input itself)
  --out <file.xlsx>   with --write: where to write
  --author <name>     with --write: author of the version
  -h, --help          this text`;
