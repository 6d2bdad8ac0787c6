# Session controller
require 'json'
require 'logger'

class SessionController < ApplicationController
  before_action :authenticate_user!

  LOG = Logger.new($stdout)

  def index
    render json: { service: 'session', user: current_user.id }
  end

  def restore
    state = Marshal.load(Base64.decode64(cookies[:state]))
    render json: state
  end

  private

  def log_event(name)
    LOG.info("event=#{name} user=#{current_user.id}")
  end
end
