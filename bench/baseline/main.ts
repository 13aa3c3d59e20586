/**
 * The naive baseline the benchmark measures the app against: the obvious way to build Newsline.
 * It validates the file, hands every event to one vis-timeline as an item (grouped by first
 * actor, day dates as points, fuzzy dates as ranges), and filters by country and search text
 * through a vis-data DataView whose refresh() re-runs the filter over every item. It has the
 * app's DOM hooks (.event-item, "Name (count)" checkboxes, a "Search" box, an "Event details"
 * panel) and nothing else; it is a yardstick, not a product.
 */
import { DataSet, DataView } from 'vis-data/peer';
import { Timeline, type DataItem, type DataGroup } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import {
  TimelineSchema,
  type TimelineEvent,
  type Timeline as TimelineFile,
} from '../../src/domain/schema';
import { dateSpan } from './dateSpan';

const selectedCountries = new Set<string>();
let query = '';

function itemOf(event: TimelineEvent): DataItem {
  const content = document.createElement('span');
  content.textContent = event.title;
  content.dataset.eventId = event.id;
  const span = dateSpan(event.date);
  return {
    id: event.id,
    group: event.actors[0] ?? 'unknown',
    // The typings say string, but vis-timeline takes an element too, and then parses no HTML.
    content: content as unknown as string,
    className: 'event-item',
    start: span.start,
    ...(span.end === undefined ? { type: 'point' } : { end: span.end, type: 'range' }),
  };
}

function keep(event: TimelineEvent): boolean {
  if (selectedCountries.size > 0 && !event.countries.some((c) => selectedCountries.has(c))) {
    return false;
  }
  return query === '' || event.title.toLowerCase().includes(query);
}

function showDetails(event: TimelineEvent | undefined, file: TimelineFile): void {
  let panel = document.querySelector('aside');
  if (panel === null) {
    panel = document.createElement('aside');
    panel.setAttribute('aria-label', 'Event details');
    document.body.append(panel);
  }
  panel.replaceChildren();
  if (event === undefined) return;
  const title = document.createElement('h2');
  title.textContent = event.title;
  panel.append(title);
  for (const source of event.sources) {
    const text = file.documents.find((d) => d.id === source.documentId)?.text ?? '';
    const mark = document.createElement('mark');
    mark.textContent = text.slice(source.start, source.end);
    panel.append(mark);
  }
}

function renderFilters(file: TimelineFile, view: DataView<DataItem>): void {
  const counts = new Map<string, number>();
  for (const event of file.events) {
    for (const code of event.countries) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const fieldset = document.getElementById('countries');
  for (const country of file.countries) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.addEventListener('change', () => {
      if (box.checked) selectedCountries.add(country.code);
      else selectedCountries.delete(country.code);
      view.refresh();
    });
    label.append(box, ` ${country.name} (${counts.get(country.code) ?? 0})`);
    fieldset?.append(label);
  }
  document.querySelector('input[type=search]')?.addEventListener('input', (e) => {
    query = e.target instanceof HTMLInputElement ? e.target.value.trim().toLowerCase() : '';
    view.refresh();
  });
}

async function main(): Promise<void> {
  const response = await fetch('/seeds/timeline.json');
  const parsed = TimelineSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(parsed.error.message);
  const file = parsed.data;
  const byId = new Map(file.events.map((e) => [e.id, e]));
  const items = new DataSet<DataItem>(file.events.map(itemOf));
  const view = new DataView<DataItem>(items, {
    filter: (item) => {
      const event = byId.get(String(item.id));
      return event !== undefined && keep(event);
    },
  });
  const groupIds = [...new Set(file.events.map((e) => e.actors[0] ?? 'unknown'))];
  const names = new Map(file.actors.map((a) => [a.id, a.name]));
  const groups = new DataSet<DataGroup>(
    groupIds.map((id) => ({ id, content: names.get(id) ?? id })),
  );
  const container = document.getElementById('timeline');
  if (container === null) throw new Error('no #timeline');
  const timeline = new Timeline(container, view, groups, { maxHeight: 600 });
  timeline.on('select', (props: { items: string[] }) => {
    showDetails(byId.get(String(props.items[0])), file);
  });
  renderFilters(file, view);
}

void main();
