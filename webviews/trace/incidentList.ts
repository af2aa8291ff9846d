import type { TraceIncident } from '../../core/protocol';
import { el } from '../shared/elements';
import { incidentText } from './incidentText';

/** The incidents, earliest onset first; selecting one marks its first stage in the graph. */
export function incidentList(incidents: readonly TraceIncident[], onSelect: (index: number) => void): HTMLElement {
  if (!incidents.length) return el('p', { className: 'sl-alert-none', text: 'No incidents: the monitoring raised no alerts.' });
  const list = el('ul', { className: 'sl-alerts sl-incidents' });
  incidents.forEach((incident, index) => {
    const text = incidentText(incident);
    const body = el(
      'button',
      { className: 'sl-alert-body' },
      el('span', { className: 'sl-where', text: text.where }),
      el('span', { className: 'sl-kind', text: text.kind }),
      el('span', { className: 'sl-when', text: text.onset }),
      ...(text.downstream ? [el('span', { className: 'sl-evidence', text: text.downstream })] : []),
      ...(text.began ? [el('span', { className: 'sl-evidence sl-runs', text: text.began })] : []),
      ...(text.subpopulation ? [el('span', { className: 'sl-slice', text: text.subpopulation })] : []),
    );
    body.type = 'button';
    body.dataset.incident = String(index);
    body.addEventListener('click', () => onSelect(index));
    list.append(el('li', {}, body));
  });
  return list;
}
