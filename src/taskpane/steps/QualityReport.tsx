import type { BaselineDraft } from '../state/types';
import { S } from '../strings';
import { useStepStyles } from './stepStyles';

export interface QualityReportProps {
  written: NonNullable<BaselineDraft['written']>;
}

/** The baseline's data-quality report: rows that could not be read, by reason. */
export function QualityReport({ written }: QualityReportProps) {
  const styles = useStepStyles();
  return (
    <section className={styles.group} aria-labelledby="lbf-quality-title">
      <h2 className={styles.groupTitle} id="lbf-quality-title">
        {S.baseline.qualityTitle}
      </h2>
      <span>{S.baseline.written(written.sheet, written.rowsRead)}</span>
      {written.quality.length === 0 ? (
        <span className={styles.small}>{S.baseline.qualityClean}</span>
      ) : (
        <ul className={styles.list}>
          {written.quality.map((line) => (
            <li key={line.reason}>{S.baseline.qualityLine(line.rows, line.reason)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
