/** Made-up Brazilian people, places and complaint texts for the generated history. Data only. */

export const FIRST_NAMES = [
  'Ana', 'Bruno', 'Camila', 'Diego', 'Eduarda', 'Felipe', 'Gabriela', 'Henrique', 'Isabela', 'João', 'Karina',
  'Lucas', 'Mariana', 'Nicolas', 'Otávio', 'Patrícia', 'Rafael', 'Sabrina', 'Thiago', 'Vanessa', 'Wagner', 'Yasmin',
] as const;

export const LAST_NAMES = [
  'Almeida', 'Barbosa', 'Cardoso', 'Dias', 'Ferreira', 'Gomes', 'Lima', 'Martins', 'Nascimento', 'Oliveira',
  'Pereira', 'Ribeiro', 'Santos', 'Souza', 'Teixeira', 'Vieira',
] as const;

export const PLACES = [
  { city: { id: 391, name: 'Franca' }, state: { id: 26, name: 'São Paulo', fs: 'SP' }, ddd: '16' },
  { city: { id: 9668, name: 'São Paulo' }, state: { id: 26, name: 'São Paulo', fs: 'SP' }, ddd: '11' },
  { city: { id: 7043, name: 'Rio de Janeiro' }, state: { id: 19, name: 'Rio de Janeiro', fs: 'RJ' }, ddd: '21' },
  { city: { id: 2754, name: 'Belo Horizonte' }, state: { id: 11, name: 'Minas Gerais', fs: 'MG' }, ddd: '31' },
  { city: { id: 5915, name: 'Curitiba' }, state: { id: 16, name: 'Paraná', fs: 'PR' }, ddd: '41' },
  { city: { id: 7994, name: 'Porto Alegre' }, state: { id: 23, name: 'Rio Grande do Sul', fs: 'RS' }, ddd: '51' },
  { city: { id: 1384, name: 'Salvador' }, state: { id: 5, name: 'Bahia', fs: 'BA' }, ddd: '71' },
  { city: { id: 1347, name: 'Fortaleza' }, state: { id: 6, name: 'Ceará', fs: 'CE' }, ddd: '85' },
  { city: { id: 5406, name: 'Recife' }, state: { id: 17, name: 'Pernambuco', fs: 'PE' }, ddd: '81' },
  { city: { id: 1778, name: 'Goiânia' }, state: { id: 9, name: 'Goiás', fs: 'GO' }, ddd: '62' },
] as const;

export const EMAIL_DOMAINS = ['example.com', 'example.com.br', 'exemplo.net'] as const;

/** Complaint subjects: the `ra_reason` text and the "Assunto ID" detail value. */
export const SUBJECTS = [
  { id: 27, name: 'Outros' },
  { id: 3, name: 'Cobrança indevida' },
  { id: 8, name: 'Atendimento ruim' },
  { id: 12, name: 'Produto com defeito' },
  { id: 15, name: 'Demora na entrega' },
  { id: 19, name: 'Cancelamento não efetuado' },
  { id: 22, name: 'Estorno do valor pago' },
] as const;

export const FEELINGS = ['Irritado', 'Decepcionado', 'Triste', 'Preocupado'] as const;

export const TITLE_TEMPLATES = [
  'Cobrança em duplicidade no cartão',
  'Cartão bloqueado sem aviso',
  'Não consigo cancelar o serviço',
  'Estorno não realizado após cancelamento',
  'Atendimento não resolve meu problema',
  'Taxa cobrada sem autorização',
  'Abastecimento não aparece no extrato',
  'Limite do cartão reduzido sem explicação',
  'Reembolso prometido e não pago',
  'Sistema fora do ar há dias',
] as const;

export const CONTENT_TEMPLATES = [
  'Entrei em contato várias vezes pelo telefone e pelo chat e até agora ninguém resolveu. Protocolo {protocol}.',
  'Fui cobrado indevidamente no dia {day} e a empresa não devolve o valor. Já enviei os comprovantes por e-mail.',
  'Solicitei o cancelamento há mais de duas semanas e continuo recebendo cobranças. Quero uma solução urgente.',
  'O atendente prometeu retorno em 48 horas e nunca mais falaram comigo. Número do protocolo {protocol}.',
  'Preciso que resolvam a situação o quanto antes, pois estou sendo prejudicado no meu trabalho.',
] as const;

export const COMPANY_ANSWERS = [
  'Olá, {name}. Lamentamos o ocorrido. Nossa equipe já entrou em contato e o ajuste foi feito. Seguimos à disposição.',
  'Olá, {name}. Verificamos sua solicitação e o estorno foi processado; ele aparecerá na próxima fatura.',
  'Prezado(a) {name}, pedimos desculpas pelo transtorno. Enviamos uma mensagem privada para tratar do seu caso.',
] as const;

export const CONSUMER_REPLIES = [
  'Até agora nada foi resolvido, continuo aguardando.',
  'Recebi o contato, mas o valor ainda não foi devolvido.',
  'Obrigado pelo retorno, vou aguardar o prazo informado.',
] as const;

export const PRIVATE_MESSAGES = [
  'Poderia nos informar o número do contrato para localizarmos o seu cadastro?',
  'Segue em anexo o comprovante do estorno. Confirme o recebimento, por favor.',
] as const;

export const CONSIDERATIONS = [
  'A empresa resolveu meu problema rapidamente.',
  'Demorou, mas resolveram.',
  'Não resolveram e não voltaria a fazer negócio.',
] as const;

export const CATEGORIES = [
  { id: 101, code: 1, description: 'Financeiro' },
  { id: 102, code: 2, description: 'Atendimento' },
  { id: 103, code: 3, description: 'Produto' },
  { id: 104, code: 4, description: 'Entrega' },
] as const;

export const COMPANY_NAME_PARTS = {
  first: ['Koala', 'Rota', 'Frota', 'Posto', 'Via', 'Carga', 'Trilha', 'Ponte'],
  second: ['Testes', 'Combustíveis', 'Logística', 'Serviços', 'Pagamentos', 'Transportes'],
} as const;

/** Other companies on Reclame Aqui, offered as `migrateTO` targets by the moderation company search. */
export const OTHER_COMPANIES = [
  { id: 900_101, name: 'Banco Exemplo S.A.' },
  { id: 900_102, name: 'Operadora Exemplo Telecom' },
  { id: 900_103, name: 'Loja Exemplo Eletro' },
  { id: 900_104, name: 'Cartões Exemplo Frota' },
  { id: 900_105, name: 'Posto Exemplo Rodovia' },
  { id: 900_106, name: 'Transportadora Exemplo' },
  { id: 900_107, name: 'Seguradora Exemplo' },
  { id: 900_108, name: 'Koala Outra Empresa' },
] as const;

export const AGENTS = ['Carla Atendimento', 'Marcos Ouvidoria', 'Equipe SAC'] as const;
