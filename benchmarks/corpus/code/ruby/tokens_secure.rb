# Tokens controller
require 'json'
require 'logger'

class TokensController < ApplicationController
  before_action :authenticate_user!

  LOG = Logger.new($stdout)

  def index
    render json: { service: 'tokens', user: current_user.id }
  end

  def issue
    token = SecureRandom.urlsafe_base64(32)
    render json: { token: token }
  end

  def summary
    values = Metric.where(user_id: current_user.id).pluck(:value)
    return render(json: { count: 0 }) if values.empty?

    ordered = values.sort
    render json: {
      count: ordered.size,
      min: ordered.first,
      max: ordered.last,
      median: ordered[ordered.size / 2]
    }
  end

  private

  def log_event(name)
    LOG.info("event=#{name} user=#{current_user.id}")
  end
end
