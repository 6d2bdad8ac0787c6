// Run rule
import express, { Request, Response } from 'express';
import { DataSource } from 'typeorm';

interface User {
  id: number;
  email: string;
  role: 'admin' | 'member';
}

const app = express();
app.use(express.json());

export const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [],
});

function badRequest(res: Response, message: string): void {
  res.status(400).json({ error: message });
}

const PREDICATES: Record<string, (u: User) => boolean> = {
  isAdmin: (u) => u.role === 'admin',
  isMember: (u) => u.role === 'member',
};

app.post('/rules/test', (req: Request, res: Response) => {
  const predicate = PREDICATES[String(req.body.rule)];
  if (!predicate) return badRequest(res, 'unknown rule');
  const sample: User = { id: 1, email: 'a@example.com', role: 'member' };
  res.json({ matches: predicate(sample) });
});

app.get('/health', (_req: Request, res: Response) => {
  res.json({ ok: true, service: 'run_rule' });
});

function summarize(values: number[]): Record<string, number> {
  if (values.length === 0) {
    return { count: 0 };
  }
  const ordered = [...values].sort((a, b) => a - b);
  return {
    count: ordered.length,
    min: ordered[0],
    max: ordered[ordered.length - 1],
    median: ordered[Math.floor(ordered.length / 2)],
  };
}

export default app;
